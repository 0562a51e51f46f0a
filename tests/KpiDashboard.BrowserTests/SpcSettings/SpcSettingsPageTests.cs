using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.SpcSettings;

[Collection(RunningApp.Name)]
public sealed class SpcSettingsPageTests(AppServer app)
{
    [Fact]
    public async Task A_recalculation_point_is_refused_without_a_month_then_added_with_its_reason_and_removed()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/spc-settings");
        var add = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add recalculation point" });

        await page.GetByLabel("Reason (shown on the chart)").FillAsync("New front door opened");
        await add.ClickAsync();
        await Expect(page.GetByTestId("recalculation-problem")).ToHaveTextAsync("Give the month from which the limits are recalculated.");
        await page.GetByLabel("Recalculate from (month)").FillAsync("2020-01");
        await add.ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "New front door opened" });
        await Expect(row).ToContainTextAsync("Jan 2020");
        await page.SaveScreenshotAsync("spc-settings");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }
}
