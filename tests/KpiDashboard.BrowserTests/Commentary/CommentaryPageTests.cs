using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Commentary;

[Collection(RunningApp.Name)]
public sealed class CommentaryPageTests(AppServer app)
{
    [Fact]
    public async Task Commentary_written_for_a_month_shows_on_that_months_tile()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/commentary?metric=missing-episodes&area=SE&month=2020-05");

        await page.GetByLabel("Commentary", new PageGetByLabelOptions { Exact = true }).FillAsync("Fewer episodes while schools were closed.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save commentary" }).ClickAsync();

        await Expect(page.GetByTestId("save-message")).ToHaveTextAsync("Commentary saved.");
        await Expect(page.GetByTestId("current-commentary")).ToHaveTextAsync("Fewer episodes while schools were closed.");
        await Expect(page.GetByTestId("current-author")).ToContainTextAsync(KpiDashboard.Tests.Infrastructure.TestUsers.Everyone);
        await page.SaveScreenshotAsync("commentary");

        var overview = await context.OpenInteractiveAsync("/?area=SE&month=2020-05");
        await Expect(overview.Locator("[data-metric=missing-episodes] [data-testid=commentary]")).ToContainTextAsync("Fewer episodes while schools were closed.");
    }

    [Fact]
    public async Task An_annotation_is_added_and_deleted_from_the_annotations_page()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/annotations");

        await page.GetByLabel("Date").FillAsync("2020-11-02");
        await page.GetByLabel("What happened").FillAsync("Schools reopened after the summer");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add annotation" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Schools reopened after the summer" });
        await Expect(row).ToContainTextAsync("2 Nov 2020");
        await page.SaveScreenshotAsync("annotations");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete annotation: Schools reopened after the summer" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }
}
