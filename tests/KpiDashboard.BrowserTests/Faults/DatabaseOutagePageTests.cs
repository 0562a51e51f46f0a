using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Faults;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Faults;

/// <summary>PostgreSQL stopped under an open page, and started again: the page says so, and carries on by itself.</summary>
[Collection(RunningApp.Name)]
public sealed class DatabaseOutagePageTests(AppServer app, StoppablePostgres postgres) : IClassFixture<StoppablePostgres>
{
    [Fact]
    public async Task A_page_open_through_an_outage_shows_the_sentence_and_its_figures_again_without_a_reload()
    {
        await using var instance = AppServer.StartPrivateAppOn(postgres.ConnectionString);
        await using var context = await app.NewBrowserContextAsync(instance.BaseAddress);
        var page = await context.OpenInteractiveAsync("/?area=NE");
        await page.EvaluateAsync("window.sameDocument = true");
        var outage = page.GetByTestId("database-outage");

        await postgres.StopAsync();
        try
        {
            // Choosing another area reads the database again.
            await page.EvaluateAsync("Blazor.navigateTo('/?area=SCC')");

            await Expect(outage).ToHaveTextAsync(DatabaseOutage.Sentence);
            await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status).Filter(new() { HasText = DatabaseOutage.Sentence })).ToBeVisibleAsync();
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        }
        finally
        {
            await postgres.StartAsync();
        }

        await Expect(page.GetByTestId("area-select")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(outage).ToHaveTextAsync("", new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "The page was reloaded.");
        Assert.EndsWith("/?area=SCC", page.Url, StringComparison.Ordinal);
    }
}
