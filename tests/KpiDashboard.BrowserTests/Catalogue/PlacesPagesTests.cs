using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Catalogue;

/// <summary>The areas and comparators pages in Chromium, by keyboard and label, at desktop and phone width.</summary>
[Collection(RunningApp.Name)]
public sealed class PlacesPagesTests(AppServer app)
{
    [Fact]
    public async Task An_admin_adds_a_fifth_quadrant_and_sees_a_refusal_under_its_field()
    {
        await using var own = await app.StartPrivateAppAsync();
        await using var context = await app.NewBrowserContextAsync(own.BaseAddress, TestUsers.For(Roles.Admin));
        var page = await context.OpenInteractiveAsync("/admin/catalogue/areas");

        await page.GetByLabel("Code").FillAsync("NE");
        await page.GetByLabel("Name").FillAsync("Central");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Expect(page.GetByText("The code NE is already used by North East.")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("catalogue-areas-refused");

        await page.GetByLabel("Code").FillAsync("CEN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Expect(page.GetByTestId("areas-message")).ToContainTextAsync("Added Central (CEN).");
        await Expect(page.Locator("tr[data-area=CEN]")).ToContainTextAsync("Surrey");
        await page.SaveScreenshotAsync("catalogue-areas");
    }

    [Fact]
    public async Task On_a_phone_the_areas_and_comparators_pages_do_not_widen()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(Roles.Admin), width: 390, height: 844);
        foreach (var (path, name) in new[] { ("/admin/catalogue/areas", "catalogue-areas-phone"), ("/admin/catalogue/comparators", "catalogue-comparators-phone") })
        {
            var page = await context.OpenInteractiveAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), $"{path} is wider than the phone's 390 px.");
            await page.SaveScreenshotAsync(name);
        }
    }

    [Fact]
    public async Task The_comparators_page_at_desktop_width()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(Roles.Admin));
        var page = await context.OpenInteractiveAsync("/admin/catalogue/comparators");

        await Expect(page.Locator("tr[data-comparator=england]")).ToContainTextAsync("England");
        await page.SaveScreenshotAsync("catalogue-comparators");
    }
}
