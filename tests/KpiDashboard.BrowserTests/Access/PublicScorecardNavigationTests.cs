using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Access;

/// <summary>An anonymous visitor of the public scorecard (<c>Publication__PublicScorecard=true</c>) in Chromium, on a desktop and on a 390 px phone.</summary>
[Collection(RunningApp.Name)]
public sealed class PublicScorecardNavigationTests(AppServer app)
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task An_anonymous_visitor_opens_the_overview_and_is_offered_only_it_and_sign_in(int width, int height, string device)
    {
        await using var own = await app.StartPrivateAppAsync(new Dictionary<string, string?> { ["Publication:PublicScorecard"] = "true" });
        await using var context = await app.NewBrowserContextAsync(own.BaseAddress, email: null, width: width, height: height);
        // The public scorecard's pages are interactive: the menu is opened once the circuit has drawn the page.
        var page = await context.OpenInteractiveAsync("/");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await Expect(page.PageHeading()).ToBeVisibleAsync();
        if (device == "phone")
        {
            await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        }

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var links = await nav.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(["Overview", "Sign in"], links.Select(l => l.Trim()).ToList());
        Assert.True(await page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"), $"The page is wider than the {width} px window.");
        await page.SaveViewportScreenshotAsync($"public-overview-{device}");

        await page.GotoAsync("/commentary");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }
}
