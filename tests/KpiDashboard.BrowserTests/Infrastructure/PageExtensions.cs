using KpiDashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Opens a page and waits until the Blazor circuit is live, so clicks reach the server.</summary>
    public static async Task<IPage> OpenInteractiveAsync(this IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        return page;
    }

    /// <summary>Signs in through the sign-in page and waits for the page it leads to.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as").Filter(new LocatorFilterOptions { Visible = true })).ToHaveTextAsync(email);
    }

    /// <summary>The figure shown on a metric's tile.</summary>
    public static ILocator TileValue(this IPage page, string metricCode) =>
        page.Locator($".kpi-tile[data-metric='{metricCode}'] [data-testid=value]");

    public static ILocator PageHeading(this IPage page) =>
        page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    /// <summary>A full-page screenshot in artifacts/screenshots/ (git-ignored), for people to look at.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder.FullName, name + ".png"), FullPage = true });
    }

    /// <summary>A screenshot of the page's first screen only (what a person sees on opening it), in artifacts/screenshots/.</summary>
    public static async Task SaveViewportScreenshotAsync(this IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder.FullName, name + ".png") });
    }
}
