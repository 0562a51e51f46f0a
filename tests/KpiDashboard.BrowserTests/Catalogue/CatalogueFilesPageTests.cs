using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Catalogue;

[Collection(RunningApp.Name)]
public sealed class CatalogueFilesPageTests(AppServer app)
{
    private static string ChangedTargets => File.ReadAllText(Path.Combine(RepoPaths.SeedData, "targets.csv"))
        .Replace("complaints,SCC,2018-04,35,35,45", "complaints,SCC,2018-04,30,30,45", StringComparison.Ordinal);

    [Theory]
    [InlineData(1280, 900, "catalogue-files-preview")]
    [InlineData(390, 844, "catalogue-files-preview-phone")]
    public async Task An_uploaded_target_change_is_previewed_old_to_new_then_applied(int width, int height, string screenshot)
    {
        await using var privateApp = await app.StartPrivateAppAsync();
        await using var context = await app.NewBrowserContextAsync(privateApp.BaseAddress, width: width, height: height);
        var page = await context.OpenInteractiveAsync("/admin/catalogue/files");

        await page.Locator("#catalogue-files").SetInputFilesAsync(new FilePayload { Name = "targets.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(ChangedTargets) });

        await Expect(page.GetByTestId("catalogue-outcome")).ToHaveTextAsync("No problems. Applying would make 1 change; nothing has changed yet: check them, then apply or cancel.");
        await Expect(page.Locator("[data-testid=catalogue-changes] tbody td")).ToHaveTextAsync(
            [new Regex("^targets.csv$"), new Regex("^22$"), new Regex("^complaints, SCC, 2018-04$"), new Regex(@"^target: 35 → 30\s*green: 35 → 30$")]);
        await page.SaveScreenshotAsync(screenshot);
        await page.GetByTestId("catalogue-apply").ClickAsync();
        await Expect(page.GetByTestId("catalogue-outcome")).ToHaveTextAsync("Imported: 1 change made, and recorded in the audit log.");
    }
}
