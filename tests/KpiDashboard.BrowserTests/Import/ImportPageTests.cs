using System.Text;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Web.Features.Import;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Import;

[Collection(RunningApp.Name)]
public sealed class ImportPageTests(AppServer app)
{
    private static Task UploadAsync(IPage page, string name, string csv) =>
        page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

    [Fact]
    public async Task Uploading_a_restatement_previews_it_and_after_commit_the_overview_shows_the_new_figure()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var privateApp = await app.StartPrivateAppAsync();
        var month = await privateApp.Figures.LatestMonthAsync("SCC", cancellationToken);
        var before = (await privateApp.Figures.TileValuesAsync("SCC", month, cancellationToken))["referrals"];
        await using var context = await app.NewBrowserContextAsync(privateApp.BaseAddress);
        var page = await context.OpenInteractiveAsync("/import");

        await UploadAsync(page, "restated.csv", $"period,area,metric,value\n{PeriodParser.Format(month)},SCC,referrals,9999\n");

        await Expect(page.GetByTestId("import-outcome")).ToHaveTextAsync("restated.csv has no problems. Nothing has changed yet: check the summary, then commit the import or cancel.");
        await Expect(page.Locator("[data-testid=changes] tbody tr")).ToHaveCountAsync(1);
        await page.SaveScreenshotAsync("import-preview");
        await page.GetByTestId("commit").ClickAsync();
        await Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("restated.csv was imported as import ");
        await page.GetByTestId("overview-link").ClickAsync();

        await Expect(page.TileValue("referrals")).ToHaveTextAsync("9,999");
        Assert.NotEqual("9,999", before);
    }

    [Fact]
    public async Task A_file_as_large_as_the_limit_uploads_through_the_page_and_is_previewed()
    {
        var month = await app.Figures.LatestMonthAsync("SCC", TestContext.Current.CancellationToken);
        var figure = $"period,area,metric,value\n{PeriodParser.Format(month)},SCC,referrals,9999\n";
        // Padded to the byte with rows of empty cells, which the import skips as blank lines.
        var padding = (int)new ImportLimits().MaxFileBytes - Encoding.UTF8.GetByteCount(figure);
        var csv = figure + new StringBuilder().Insert(0, ",,,\n", padding / 4).Append('\n', padding % 4);
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/import");

        await UploadAsync(page, "full.csv", csv);

        // 10 MB crosses the circuit in chunks sized by the hub's message limit (docs/security.md).
        await Expect(page.GetByTestId("import-outcome")).ToHaveTextAsync(
            "full.csv has no problems. Nothing has changed yet: check the summary, then commit the import or cancel.",
            new LocatorAssertionsToHaveTextOptions { Timeout = 120_000 });
        Assert.Equal(new ImportLimits().MaxFileBytes, Encoding.UTF8.GetByteCount(csv));
    }

    [Fact]
    public async Task A_file_with_problems_shows_each_one_in_a_table()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/import");

        await UploadAsync(page, "june.csv", "period,area,metric,value\n2020-06,NE,nope,1\n2020-06,XX,referrals,1\nJune 2099,NE,referrals,1\n");

        await Expect(page.GetByTestId("import-outcome")).ToHaveTextAsync("june.csv has 3 problems; nothing was imported. Correct the file and upload it again.");
        await Expect(page.Locator("[data-testid=errors] tbody tr")).ToHaveCountAsync(3);
        await page.SaveScreenshotAsync("import-errors");
    }
}
