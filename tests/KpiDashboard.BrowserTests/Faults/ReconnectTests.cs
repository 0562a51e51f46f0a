using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Faults;

/// <summary>The browser's connection dropped (a laptop lid, a venue's Wi-Fi) while a page with choices in its address is open.</summary>
[Collection(RunningApp.Name)]
public sealed class ReconnectTests(AppServer app)
{
    private const string Choices = "/?area=NE&month=2020-06";
    private const string Heading = "North East: Jun 2020";

    [Fact]
    public async Task A_dropped_connection_resumes_the_same_circuit_and_a_circuit_the_server_lost_reloads_the_same_address()
    {
        var database = await app.CreateSeededDatabaseAsync();
        await using var first = AppServer.StartPrivateAppOn(database);
        await using var second = AppServer.StartPrivateAppOn(database);
        using var network = CuttableProxy.To(first.BaseAddress);
        await using var context = await app.NewBrowserContextAsync(network.Address);
        var page = await context.OpenInteractiveAsync(Choices);
        await page.EvaluateAsync("window.sameDocument = true");

        network.CutAll();
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveClassAsync(new Regex("components-reconnect-(show|retrying)"));
        await Expect(page.Locator("#components-reconnect-modal")).ToHaveClassAsync(new Regex("components-reconnect-hide"), new() { Timeout = 15_000 });

        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "The page was reloaded instead of resuming its circuit.");
        await page.EvaluateAsync("Blazor.navigateTo('/?area=SCC&month=2020-06')");
        await Expect(page.PageHeading()).ToHaveTextAsync("Surrey: Jun 2020");
        await page.EvaluateAsync($"Blazor.navigateTo('{Choices}')");
        await Expect(page.PageHeading()).ToHaveTextAsync(Heading);

        // Another instance, which never held this circuit, answers the reconnection: it refuses, and the page loads again.
        var reloaded = new TaskCompletionSource();
        page.Load += (_, _) => reloaded.TrySetResult();
        network.SendTo(second.BaseAddress);
        network.CutAll();

        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.False(await page.EvaluateAsync<bool>("window.sameDocument === true"));
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        Assert.EndsWith(Choices, page.Url, StringComparison.Ordinal);
        await Expect(page.PageHeading()).ToHaveTextAsync(Heading);
    }
}
