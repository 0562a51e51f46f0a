using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.BrowserTests.Metrics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Hosting.Security;

/// <summary>Every page of the app works under its Content-Security-Policy: nothing refused, nothing in the console.</summary>
[Collection(RunningApp.Name)]
public sealed class ContentSecurityPolicyTests(AppServer app)
{
    public static TheoryData<string> Pages => [.. AppRoutes.All.Select(p => p.Template)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_breaks_no_CSP_rule_and_logs_no_error(string template)
    {
        var path = AppRoutes.Fill(template, await RealRouteValuesAsync());
        await using var context = await app.NewBrowserContextAsync();
        var problems = await context.CollectCspViolationsAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);
        if (AppRoutes.All.Single(p => p.Template == template).Interactive)
        {
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        }

        foreach (var chart in await page.Locator("canvas").AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("data-rendered", "true");
        }

        await page.SaveScreenshotAsync("csp" + string.Concat(template.Split('/', '{', '}', ':').Select(s => s.Length > 0 ? "-" + s : "")));
        await problems.AssertNoneAsync(page, path);
    }

    public static TheoryData<string> Users => ["anonymous", .. KpiDashboard.Web.Features.Access.Roles.All];

    /// <summary>Every page as each role (and signed out): the pages a role may open, and the refusals or sign-in page the others lead to.</summary>
    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_page_as_each_role_breaks_no_CSP_rule_and_logs_no_error(string user)
    {
        var values = await RealRouteValuesAsync();
        await using var context = await app.NewBrowserContextAsync(email: user == "anonymous" ? null : KpiDashboard.Tests.Infrastructure.TestUsers.For(user));
        var problems = await context.CollectCspViolationsAsync();
        var page = await context.NewPageAsync();

        foreach (var route in AppRoutes.All)
        {
            await page.GotoAsync(AppRoutes.Fill(route.Template, values));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await problems.AssertNoneAsync(page, $"the pages as {user}");
    }

    [Fact]
    public async Task Chart_downloads_break_no_CSP_rule()
    {
        await using var context = await app.NewBrowserContextAsync();
        var problems = await context.CollectCspViolationsAsync();
        var page = await context.OpenInteractiveAsync("/kpi/audits-inadequate-pct?area=NE&month=2020-06");
        var trend = page.Panel("trend");
        await Expect(page.Canvas("trend")).ToHaveAttributeAsync("data-rendered", "true");

        var png = await page.RunAndWaitForDownloadAsync(() => trend.GetByTestId("download-png").ClickAsync());
        var csv = await page.RunAndWaitForDownloadAsync(() => trend.GetByTestId("download-csv").ClickAsync());

        Assert.Equal((".png", ".csv"), (Path.GetExtension(png.SuggestedFilename), Path.GetExtension(csv.SuggestedFilename)));
        await problems.AssertNoneAsync(page, "the KPI page's downloads");
    }

    [Fact]
    public async Task The_circuit_connects_over_a_WebSocket_that_connect_src_self_allows()
    {
        await using var context = await app.NewBrowserContextAsync();
        var problems = await context.CollectCspViolationsAsync();
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync("/");
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

        var hub = new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = "/_blazor" }.Uri.ToString();
        Assert.Contains(sockets, url => url.StartsWith(hub + "?id=", StringComparison.Ordinal));
        await problems.AssertNoneAsync(page, "/");
    }

    private async Task<IReadOnlyDictionary<string, string>> RealRouteValuesAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        return new Dictionary<string, string>
        {
            ["Code"] = (await app.Figures.MetricCodesAsync(cancellationToken))[0],
            ["Id"] = (await app.Figures.LatestImportIdAsync(cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
