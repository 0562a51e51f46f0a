using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Overview;

[Collection(RunningApp.Name)]
public sealed partial class OverviewPageTests(AppServer app)
{
    [Fact]
    public async Task Choosing_North_East_in_the_area_select_shows_its_latest_figures_and_puts_it_in_the_address()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/");
        await page.SaveScreenshotAsync("overview-surrey");
        var surreyOpenCases = await page.TileValue("open-cases").InnerTextAsync();

        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "North East" });

        await Expect(page).ToHaveURLAsync(AreaNorthEastInQuery());
        var month = await app.Figures.LatestMonthAsync("NE", cancellationToken);
        await Expect(page.PageHeading()).ToHaveTextAsync($"North East: {FigureFormat.Month(month)}");
        var expected = await app.Figures.TileValuesAsync("NE", month, cancellationToken);
        foreach (var (metric, value) in expected)
        {
            await Expect(page.TileValue(metric)).ToHaveTextAsync(value);
        }

        Assert.NotEqual(surreyOpenCases, expected["open-cases"]);
        await page.SaveScreenshotAsync("overview-north-east");
    }

    [Fact]
    public async Task A_link_to_North_East_in_June_2020_shows_that_months_figures()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/?area=NE&month=2020-06");

        await Expect(page.PageHeading()).ToHaveTextAsync("North East: Jun 2020");
        await Expect(page.TileValue("audits-inadequate-pct")).ToHaveTextAsync("29.2%");
        await Expect(page.TileValue("vacancies-fte")).ToHaveTextAsync("7 FTE");
        await page.SaveScreenshotAsync("overview-north-east-2020-06");
    }

    [GeneratedRegex("[?&]area=NE(&|$)")]
    private static partial Regex AreaNorthEastInQuery();
}
