using System.Net;
using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;

namespace KpiDashboard.BrowserTests.Overview;

/// <summary>The first response already carries the figures: no browser, no circuit, just the prerendered HTML.</summary>
[Collection(RunningApp.Name)]
public sealed class OverviewPrerenderTests(AppServer app)
{
    [Fact]
    public async Task Overview_html_from_the_server_already_contains_every_tile_with_its_figure()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInClientAsync();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);

        Assert.Contains("data-interactive=\"false\"", html, StringComparison.Ordinal);
        var metrics = await app.Figures.MetricCodesAsync(cancellationToken);
        var tiles = Regex.Matches(html, "data-metric=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(metrics, tiles);
        var month = await app.Figures.LatestMonthAsync("SCC", cancellationToken);
        var expected = await app.Figures.TileValuesAsync("SCC", month, cancellationToken);
        Assert.Equal(expected["open-cases"], PrerenderedValue(html, "open-cases"));
    }

    private static string PrerenderedValue(string html, string metric)
    {
        var match = Regex.Match(html, $"data-metric=\"{Regex.Escape(metric)}\".*?data-testid=\"value\">([^<]*)<", RegexOptions.Singleline);
        Assert.True(match.Success, $"No value element in the prerendered tile for {metric}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
