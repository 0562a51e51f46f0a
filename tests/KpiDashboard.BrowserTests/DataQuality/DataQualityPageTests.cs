using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.DataQuality;

[Collection(RunningApp.Name)]
public sealed class DataQualityPageTests(AppServer app)
{
    [Fact]
    public async Task The_nav_link_opens_the_data_quality_page_listing_series_with_their_flags_in_words()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Data quality", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Data quality", Level = 1 })).ToBeVisibleAsync();
        // The seed's figures end in March 2021, long before today: every series is out of date, which is said once.
        await Expect(page.GetByTestId("all-out-of-date")).ToHaveTextAsync(
            "Every series is out of date: the latest figure is for Mar 2021, older than the expected reporting lag of 2 months.");
        await Expect(page.GetByTestId("dq-table")).Not.ToContainTextAsync("reporting lag");
        await Expect(page.Locator("[data-testid=dq-table] tbody tr").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("data-quality");
    }
}
