using System.Text;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Import;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Catalogue;

/// <summary>An admin adds a measure in the catalogue page, imports its figures and finds its tile on the overview.</summary>
[Collection(RunningApp.Name)]
public sealed class CataloguePageTests(AppServer app)
{
    [Fact]
    public async Task An_admin_adds_a_measure_imports_its_figures_and_sees_its_tile_on_the_overview()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var own = await app.StartPrivateAppAsync();
        var month = PeriodParser.Format(await own.Figures.LatestMonthAsync("SCC", cancellationToken));
        // Everyone holds Admin (the catalogue) and Analyst (the import page).
        await using var context = await app.NewBrowserContextAsync(own.BaseAddress, TestUsers.Everyone);

        var catalogue = await context.OpenInteractiveAsync("/admin/catalogue");
        await catalogue.SaveScreenshotAsync("catalogue");
        await catalogue.GetByTestId("add-measure").ClickAsync();
        await Expect(catalogue.GetByRole(AriaRole.Heading, new() { Name = "Add a measure", Level = 1 })).ToBeVisibleAsync();
        await catalogue.GetByRole(AriaRole.Button, new() { Name = "Add the measure" }).ClickAsync();
        await Expect(catalogue.GetByTestId("measure-problems")).ToContainTextAsync("A measure needs a code, such as audits-inadequate.");
        await Expect(catalogue.Locator("#measure-code")).ToBeFocusedAsync();
        await catalogue.SaveScreenshotAsync("catalogue-measure-errors");

        await catalogue.GetByLabel("Code").FillAsync("home-visits-late");
        await catalogue.GetByLabel("Name").FillAsync("Home visits made late");
        await catalogue.GetByLabel("Theme").FillAsync("Quality of practice");
        await catalogue.GetByLabel("Definition in plain English").FillAsync("The number of home visits made after the date they were due.");
        await catalogue.GetByLabel("Polarity").SelectOptionAsync("LowerIsBetter");
        await catalogue.GetByRole(AriaRole.Button, new() { Name = "Add the measure" }).ClickAsync();
        await Expect(catalogue.GetByTestId("measure-message")).ToContainTextAsync("Added Home visits made late (home-visits-late).");
        await Expect(catalogue).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/catalogue/measures/home-visits-late$"));

        var import = await context.OpenInteractiveAsync("/import");
        await import.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "visits.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"period,area,metric,value\n{month},SCC,home-visits-late,42\n{month},NE,home-visits-late,12\n"),
        });
        await Expect(import.GetByTestId("import-outcome")).ToContainTextAsync("visits.csv has no problems.");
        await import.GetByTestId("commit").ClickAsync();
        await Expect(import.GetByTestId("import-outcome")).ToContainTextAsync("visits.csv was imported as import ");

        var overview = await context.OpenInteractiveAsync($"/?area=SCC&month={month}");
        await Expect(overview.TileValue("home-visits-late")).ToHaveTextAsync("42");
        await overview.Locator("[data-metric=home-visits-late]").ScrollIntoViewIfNeededAsync();
        await overview.SaveScreenshotAsync("catalogue-new-measure-tile");
    }

    [Fact]
    public async Task On_a_phone_the_measure_page_fits_the_screen()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.Everyone, width: 390, height: 844);
        var page = await context.OpenInteractiveAsync("/admin/catalogue/measures/audits-inadequate-pct");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Targets", Level = 2 })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The measure page is wider than the phone's 390 px.");
        await page.SaveScreenshotAsync("catalogue-measure-phone");
        var list = await context.OpenInteractiveAsync("/admin/catalogue");
        Assert.True(await list.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The catalogue page is wider than the phone's 390 px.");
        await list.SaveScreenshotAsync("catalogue-phone");
    }
}
