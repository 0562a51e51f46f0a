using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Web.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Present;

/// <summary>Presentation mode (/present/{pack}) as the tests drive it: opened on the seed's published pack, read by its counter and visible slide.</summary>
internal static class PresentationPage
{
    /// <summary>A projector's screen.</summary>
    public const int ProjectorWidth = 1920;
    public const int ProjectorHeight = 1080;

    public static async Task<(IPage Page, int Slides)> OpenPresentationAsync(this IBrowserContext context, SeededFigures figures, string hash = "",
        PackStatus status = PackStatus.Published)
    {
        var (id, slides) = await figures.PackAsync(status, TestContext.Current.CancellationToken);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/present/{id}{hash}");
        await Expect(page.Locator("[data-present][data-ready=true]")).ToBeAttachedAsync();
        return (page, slides);
    }

    public static ILocator Counter(this IPage page) => page.GetByTestId("present-counter");

    /// <summary>The slides on screen: always exactly one.</summary>
    public static ILocator ShownSlides(this IPage page) => page.Locator("[data-testid=present-slide]:not([hidden])");

    public static ILocator SlideHeading(this IPage page) =>
        page.ShownSlides().GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 1 });

    public static async Task ExpectSlideAsync(this IPage page, int number, int of)
    {
        await Expect(page.Counter()).ToHaveTextAsync($"{number} / {of}");
        await Expect(page.ShownSlides()).ToHaveCountAsync(1);
        await Expect(page.ShownSlides()).ToHaveAttributeAsync("data-slide", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.SlideHeading()).ToBeVisibleAsync();
        Assert.EndsWith($"#{number}", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Waits for the shown slide's chart, if it has one, to be drawn by Chart.js.</summary>
    public static async Task ExpectChartDrawnAsync(this IPage page)
    {
        var canvas = page.ShownSlides().Locator("canvas");
        if (await canvas.CountAsync() > 0)
        {
            await Expect(canvas).ToHaveAttributeAsync("data-rendered", "true");
        }
    }
}
