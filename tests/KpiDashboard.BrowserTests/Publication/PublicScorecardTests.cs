using System.Text;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.BrowserTests.Metrics;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Publication;

/// <summary>
/// The public scorecard, read the way a visitor's browser receives it: the prerendered HTML, every message the circuit
/// sends, the chart's CSV download and the read API. The figures are planted so that the one a secondary suppression
/// must hide (North West's, the smallest other quadrant beside North East's 3) is a number found nowhere else: it must
/// reach no public channel, and it reaches the signed-in view, so the search could find it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class PublicScorecardTests(AppServer app) : IAsyncLifetime
{
    private const string Measure = "uasc";
    private const string Hidden = "4817";
    private const string HiddenShown = "4,817";
    private static readonly DateOnly Month = new(2021, 3, 1);
    private static readonly Dictionary<string, int> Planted = new() { ["NE"] = 3, ["NW"] = 4817, ["SE"] = 5923, ["SW"] = 6011, ["SCC"] = 16754 };
    private PrivateApp? _scorecard;

    private PrivateApp Scorecard => _scorecard ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _scorecard = await app.StartPrivateAppAsync(new Dictionary<string, string?> { ["Publication:PublicScorecard"] = "true" });
        await using var connection = new NpgsqlConnection(_scorecard.ConnectionString);
        await connection.OpenAsync();
        foreach (var (area, value) in Planted)
        {
            await using var command = new NpgsqlCommand("""
                update observations set value = @value
                where metric_id = (select id from metrics where code = @metric) and area_id = (select id from areas where code = @area) and period = @month
                """, connection);
            command.Parameters.AddWithValue("value", (decimal)value);
            command.Parameters.AddWithValue("metric", Measure);
            command.Parameters.AddWithValue("area", area);
            command.Parameters.AddWithValue("month", Month);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_scorecard is not null)
        {
            await _scorecard.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_public_pages_html_circuit_and_downloads_never_carry_the_hidden_figure_and_the_signed_in_view_does()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var paths = new[] { "/?area=NW", $"/kpi/{Measure}?area=NW", $"/kpi/{Measure}?area=NE" };

        var anonymous = await ReadAsync(email: null, paths, cancellationToken);
        var signedIn = await ReadAsync(TestUsers.Everyone, paths, cancellationToken);

        Assert.All(anonymous, seen => Assert.False(seen.Text.Contains(Hidden, StringComparison.Ordinal) || seen.Text.Contains(HiddenShown, StringComparison.Ordinal),
            $"The public {seen.Channel} carries North West's suppressed figure: {Around(seen.Text)}"));
        Assert.Contains(signedIn, seen => seen.Text.Contains(HiddenShown, StringComparison.Ordinal) || seen.Text.Contains(Hidden, StringComparison.Ordinal));
        var publicHtml = string.Concat(anonymous.Where(s => s.Channel.StartsWith("HTML", StringComparison.Ordinal)).Select(s => s.Text));
        Assert.Contains("Figures as at", publicHtml, StringComparison.Ordinal);
        Assert.Contains(PublicationNote.Text[..50], publicHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_table_view_and_CSV_show_c_for_the_suppressed_quadrants_and_the_total_as_it_is()
    {
        await using var context = await app.NewBrowserContextAsync(Scorecard.BaseAddress, email: null);
        var page = await context.OpenInteractiveAsync($"/kpi/{Measure}?area=NE");
        await page.WaitForChartAsync("trend");
        await page.Panel("trend").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Show as table" }).ClickAsync();
        var rows = await page.TableRowsAsync("trend");
        Assert.Equal(FigureFormat.Value(null, ObservationStatus.Suppressed, MetricUnit.Count), rows[^1][1]);
        // The printed page and picture need sign-in: the public page offers only each chart's own downloads.
        await Expect(page.GetByTestId("export-pdf")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("public-measure-suppressed-desktop");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Panel("trend").GetByTestId("download-csv").ClickAsync());
        var last = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Last(l => l.Length > 0);
        var cells = last.Split(',');
        Assert.Equal("Mar 2021", cells[0]);
        Assert.Contains(cells[1], new[] { "", Suppression.Symbol });
        Assert.StartsWith("Suppressed", cells[2], StringComparison.Ordinal);

        await using var phone = await app.NewBrowserContextAsync(Scorecard.BaseAddress, email: null, width: 390, height: 844);
        var small = await phone.OpenInteractiveAsync("/?area=NW");
        await Expect(small.TileValue(Measure)).ToHaveTextAsync(FigureFormat.Value(null, ObservationStatus.Suppressed, MetricUnit.Count));
        await small.SaveScreenshotAsync("public-overview-phone");
    }

    private static string Around(string text)
    {
        var at = Math.Max(text.IndexOf(Hidden, StringComparison.Ordinal), text.IndexOf(HiddenShown, StringComparison.Ordinal));
        return at < 0 ? "" : text[Math.Max(0, at - 200)..Math.Min(text.Length, at + 60)];
    }

    private async Task<List<(string Channel, string Text)>> ReadAsync(string? email, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var seen = new List<(string Channel, string Text)>();
        await using var context = await app.NewBrowserContextAsync(Scorecard.BaseAddress, email);
        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            var frames = new StringBuilder();
            page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            {
                lock (frames)
                {
                    // Blazor's hub protocol is binary (MessagePack); a render batch keeps its strings as UTF-8.
                    frames.Append(frame.Binary is { } bytes ? Encoding.UTF8.GetString(bytes) : frame.Text);
                }
            };
            var response = await page.GotoAsync(path);
            seen.Add(($"HTML of {path}", await response!.TextAsync()));
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (path.StartsWith("/kpi/", StringComparison.Ordinal))
            {
                await page.WaitForChartAsync("trend");
                await page.Panel("trend").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Show as table" }).ClickAsync();
                var download = await page.RunAndWaitForDownloadAsync(() => page.Panel("comparison").GetByTestId("download-csv").ClickAsync());
                seen.Add(($"comparison CSV of {path}", await File.ReadAllTextAsync(await download.PathAsync(), cancellationToken)));
            }

            seen.Add(($"page as drawn at {path}", await page.ContentAsync()));
            lock (frames)
            {
                seen.Add(($"circuit messages of {path}", frames.ToString()));
            }

            await page.CloseAsync();
        }

        var api = await context.APIRequest.GetAsync($"/api/v1/metrics/{Measure}/observations?from=2021-03&to=2021-03");
        seen.Add(("read API (JSON)", await api.TextAsync()));
        var csv = await context.APIRequest.GetAsync($"/api/v1/metrics/{Measure}/observations?from=2021-03&to=2021-03",
            new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["Accept"] = "text/csv" } });
        seen.Add(("read API (CSV)", await csv.TextAsync()));
        return seen;
    }
}
