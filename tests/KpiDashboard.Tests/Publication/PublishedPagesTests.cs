using System.Text.Json;
using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// The overview and measure pages rendered by bUnit over the real queries and the seeded database, for the public
/// (nobody signed in) and for a signed-in user. Which figures are suppressed comes from the planner's own plan.
/// </summary>
public sealed class PublishedPagesTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);
    private TestApp? _app;
    private BunitJSModuleInterop _chart = default!;
    private Bunit.TestDoubles.BunitAuthorizationContext _authorization = default!;

    private TestApp App => _app!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        // Nobody signed in (the public) until a test signs in.
        _authorization = this.AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's own calls
        _chart = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        _chart.Mode = JSRuntimeMode.Strict;
        _chart.SetupVoid("render", _ => true).SetVoidResult();
        _chart.SetupVoid("destroy", _ => true).SetVoidResult();
        _chart.SetupVoid("downloadText", _ => true).SetVoidResult();
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<OverviewQuery>());
        Services.AddSingleton(_app.Get<MetricDetailQuery>());
        Services.AddSingleton(_app.Get<KpiDashboard.Web.Components.PrerenderedViews>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private Task<FigureRedactor> PlanAsync() => App.Get<PublicationPlanner>().ForAsync(Audience.Public, Ct);

    private void SignIn()
    {
        _authorization.SetAuthorized(TestUsers.For(Roles.Viewer));
        _authorization.HoldRoles(Roles.Viewer);
    }

    private IRenderedComponent<Web.Features.Overview.Overview> Overview(string area, DateOnly month)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/?area={area}&month={month:yyyy-MM}");
        var cut = Render<Web.Features.Overview.Overview>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".kpi-tile")), TimeSpan.FromSeconds(15));
        return cut;
    }

    private IRenderedComponent<MetricDetail> Measure(string code, string query, int panels)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/kpi/{code}?{query}");
        var cut = Render<MetricDetail>(p => p.Add(d => d.Code, code));
        cut.WaitForAssertion(() => Assert.Equal(panels, cut.FindAll("[data-chart-panel]").Count), TimeSpan.FromSeconds(15));
        _drawn = [.. cut.FindAll("[data-chart-panel]").Where(p => p.QuerySelector("[data-testid=chart-empty]") is null).Select(p => p.GetAttribute("data-chart-panel")!)];
        cut.WaitForAssertion(() => _chart.VerifyInvoke("render", calledTimes: _drawn.Count));
        return cut;
    }

    private List<string> _drawn = [];

    /// <summary>The chart data as sent to the browser for the panel of that kind (charts are drawn in the page's order).</summary>
    private JsonElement Sent(string kind) => JsonDocument.Parse((string)_chart.Invocations["render"][_drawn.IndexOf(kind)].Arguments[1]!).RootElement;

    private static List<decimal?> Data(JsonElement dataset) =>
        [.. dataset.GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal())];

    private static List<string> Months(DateOnly end, int count) =>
        [.. Enumerable.Range(0, count).Select(i => FigureFormat.Month(end.AddMonths(i - count + 1)))];

    [Fact]
    public async Task The_public_overview_shows_each_suppressed_figure_as_c_with_no_judgement_or_change()
    {
        var plan = await PlanAsync();
        var suppressed = plan.Plan.Suppressed.Keys.Where(k => k is { Area: "SW" } && k.Month == June2020).Select(k => k.Metric).ToList();
        var internalTiles = (await App.Get<OverviewQuery>().LoadAsync("SW", June2020, Audience.Internal, Ct)).Tiles.ToDictionary(t => t.Code);

        var cut = Overview("SW", June2020);

        var shown = suppressed.Where(c => internalTiles.TryGetValue(c, out var t) && t.Value is not null).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, code =>
        {
            var tile = cut.Find($"[data-metric={code}]");
            var value = tile.QuerySelector("[data-testid=value]")!;
            Assert.Equal((Suppression.Symbol, true), (value.TextContent, value.HasAttribute("data-suppressed")));
            Assert.Equal("NoData", tile.GetAttribute("data-rag"));
            Assert.Null(tile.QuerySelector(".kpi-tile-changes"));
            Assert.Null(tile.QuerySelector("[data-suppressed-when-published]"));
            // Internally the tile says the figure; the public tile does not, in its text or the sparkline's alternative text.
            var figure = FigureFormat.Value(internalTiles[code].Value!.Value, internalTiles[code].Unit);
            Assert.DoesNotContain($"{FigureFormat.Month(June2020)} ({figure})", tile.QuerySelector("svg.sparkline")!.GetAttribute("aria-label") ?? "", StringComparison.Ordinal);
        });
        Assert.Contains(PublicationNote.Text, cut.Find("[data-testid=method-note]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Figures as at ", cut.Find("[data-testid=figures-as-at]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=commentary]"));
        Assert.Empty(cut.FindAll(".dq-flags"));
    }

    [Fact]
    public async Task Public_tiles_have_gaps_changes_and_spc_icons_only_where_the_plan_allows_and_no_flags_or_commentary()
    {
        var plan = await PlanAsync();
        var query = App.Get<OverviewQuery>();
        var withheld = 0;
        foreach (var area in new[] { "SCC", "NE", "NW", "SE", "SW" })
        {
            var forPublic = await query.LoadAsync(area, June2020, Audience.Public, Ct);
            var forStaff = (await query.LoadAsync(area, June2020, Audience.Internal, Ct)).Tiles.ToDictionary(t => t.Code);
            foreach (var tile in forPublic.Tiles)
            {
                var derived = plan.Plan.DerivedFor(tile.Code, area, Audience.Public);
                var staff = forStaff[tile.Code];
                Assert.All(tile.Trend, p => Assert.True(p.Value is null || derived.MayPlot(p.Period), $"{tile.Code} in {area} plots {p.Period}"));
                Assert.All(tile.Trend.Where(p => plan.Plan.IsSuppressed(new CellKey(tile.Code, area, p.Period))), p => Assert.Null(p.Value));
                Assert.True(tile.SincePreviousMonth is null || derived.MayShowMonthOnMonth(June2020), $"{tile.Code} in {area}: change on the month");
                Assert.True(tile.SinceLastYear is null || derived.MayShowYearOnYear(June2020), $"{tile.Code} in {area}: change on the year");
                Assert.True((tile.Variation, tile.Assurance) == (null, null) || derived.MayShowSpcSignals, $"{tile.Code} in {area}: SPC icons");
                Assert.Empty(tile.Flags);
                Assert.Null(tile.Commentary);
                // What the internal audience sees and the public does not: proof that the checks above check something.
                withheld += (staff.SincePreviousMonth is not null && tile.SincePreviousMonth is null ? 1 : 0)
                    + (staff.Variation is not null && tile.Variation is null ? 1 : 0);
            }
        }

        Assert.True(withheld > 0);
    }

    [Fact]
    public async Task A_signed_in_user_sees_each_figure_that_would_be_suppressed_with_a_c_when_published_marker()
    {
        var plan = await PlanAsync();
        var suppressed = plan.Plan.Suppressed.Where(s => s.Key is { Area: "SW" } && s.Key.Month == June2020).ToList();
        var tiles = (await App.Get<OverviewQuery>().LoadAsync("SW", June2020, Audience.Internal, Ct)).Tiles.ToDictionary(t => t.Code);
        SignIn();

        var cut = Overview("SW", June2020);

        var shown = suppressed.Where(s => tiles.TryGetValue(s.Key.Metric, out var t) && t.Value is not null).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, s =>
        {
            var tile = cut.Find($"[data-metric={s.Key.Metric}]");
            Assert.Equal(FigureFormat.Value(tiles[s.Key.Metric].Value!.Value, tiles[s.Key.Metric].Unit), tile.QuerySelector("[data-testid=value]")!.TextContent);
            var marker = tile.QuerySelector("[data-suppressed-when-published]")!;
            Assert.Equal($"{SuppressionWords.Marker}: {SuppressionWords.Why(s.Value)}", marker.TextContent);
        });
        Assert.Empty(cut.FindAll("[data-testid=publication-notice]"));
    }

    [Fact]
    public async Task The_public_measure_page_sends_no_suppressed_figure_in_chart_data_tables_csv_or_summaries()
    {
        var plan = await PlanAsync();
        var months = Months(June2020, 24);
        var cut = Measure("uasc", "area=SW&month=2020-06", panels: 2);
        var areas = new[] { "SCC", "NE", "NW", "SE", "SW" };
        bool Suppressed(string area, int i) => plan.Plan.IsSuppressed(new CellKey("uasc", area, June2020.AddMonths(i - 23)));
        var internalData = (await App.Get<MetricDetailQuery>().LoadAsync("uasc", "SW", June2020, null, Audience.Internal, Ct))!;

        // The trend (the chosen area) and the comparison (one dataset per area): a gap wherever the plan suppresses.
        var trend = Data(Sent(TrendChart.Kind).GetProperty("data").GetProperty("datasets")[0]);
        var comparison = Sent(ComparisonChart.Kind).GetProperty("data").GetProperty("datasets").EnumerateArray().Select(Data).ToList();
        var cells = areas.SelectMany((area, a) => Enumerable.Range(0, 24).Where(i => Suppressed(area, i)).Select(i => (Area: area, Column: a, Index: i))).ToList();
        Assert.Contains(cells, c => c.Area == "SW");
        Assert.All(cells.Where(c => c.Area == "SW"), c => Assert.Null(trend[c.Index]));
        Assert.All(cells, c => Assert.Null(comparison[c.Column][c.Index]));

        // The tables: exactly c, marked, in the cell where the figure would be.
        cut.Find("[data-chart-panel=trend] [data-testid=toggle-table]").Click();
        cut.Find("[data-chart-panel=comparison] [data-testid=toggle-table]").Click();
        var trendRows = cut.FindAll("[data-chart-panel=trend] tbody tr");
        var comparisonRows = cut.FindAll("[data-chart-panel=comparison] tbody tr");
        Assert.All(cells.Where(c => c.Area == "SW"), c =>
        {
            var cell = trendRows[c.Index].QuerySelectorAll("td")[0];
            Assert.Equal((months[c.Index], Suppression.Symbol, true), (trendRows[c.Index].QuerySelector("th")!.TextContent, cell.TextContent, cell.HasAttribute("data-suppressed")));
        });
        Assert.All(cells, c =>
        {
            var cell = comparisonRows[c.Index].QuerySelectorAll("td")[c.Column];
            Assert.Equal((Suppression.Symbol, true), (cell.TextContent, cell.HasAttribute("data-suppressed")));
        });
        Assert.Empty(cut.FindAll("[data-suppressed-when-published]"));

        // The CSV download: the same table, c in the cell.
        cut.Find("[data-chart-panel=comparison] [data-testid=download-csv]").Click();
        var csv = ((string)_chart.Invocations["downloadText"][0].Arguments[1]!).Split('\n', StringSplitOptions.TrimEntries);
        Assert.All(cells, c => Assert.Equal(Suppression.Symbol, csv[c.Index + 1].Split(',')[c.Column + 1]));

        // The summaries (the charts' alternative text too): built from the published figures, not the internal ones.
        var published = (await App.Get<MetricDetailQuery>().LoadAsync("uasc", "SW", June2020, null, Audience.Public, Ct))!;
        var summaries = cut.FindAll("[data-testid=chart-summary]").Select(s => s.TextContent).ToList();
        Assert.Equal(MetricDetailCharts.Build(published).Select(c => c.Summary), summaries);
        Assert.NotEqual(MetricDetailCharts.Build(internalData)[0].Summary, summaries[0]);
        Assert.Empty(cut.FindAll("[data-testid=metric-commentary]"));
        Assert.Contains(PublicationNote.Text, cut.Find("[data-testid=method-note]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_spc_view_of_a_series_with_a_suppressed_month_has_no_limits_centre_line_or_icons()
    {
        var cut = Measure("uasc", "area=SW&month=2020-06&view=spc", panels: 2);

        var datasets = Sent(SpcChart.Kind).GetProperty("data").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()).ToList();
        Assert.DoesNotContain(datasets, l => l is "Mean" or "Upper process limit" or "Lower process limit");
        Assert.Empty(cut.FindAll(".spc-badges"));
        Assert.StartsWith("Some of South West's figures are shown as c", cut.Find("[data-chart-panel=spc] [data-testid=chart-summary]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_in_user_sees_the_spc_limits_of_the_same_series()
    {
        SignIn();

        var cut = Measure("uasc", "area=SW&month=2020-06&view=spc", panels: 2);

        var datasets = Sent(SpcChart.Kind).GetProperty("data").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()).ToList();
        Assert.Contains("Mean", datasets);
        Assert.NotEmpty(cut.FindAll(".spc-badges"));
    }

    [Fact]
    public async Task A_suppressed_grade_count_makes_its_quadrant_month_a_gap_not_a_zero_in_the_stacked_audit_grade_chart()
    {
        var plan = await PlanAsync();
        var quadrants = new[] { "NE", "NW", "SE", "SW" };
        // Sep 2018: of the six months of grades, some quadrant-months have no small count and some have.
        var end = new DateOnly(2018, 9, 1);
        var months = Enumerable.Range(0, MetricDetailQuery.GradeMonths).Select(i => end.AddMonths(i - MetricDetailQuery.GradeMonths + 1)).ToList();
        var bars = quadrants.SelectMany(q => months.Select(m => (Area: q, Month: m))).ToList();
        var withheld = bars.Select((b, i) => (b, i)).Where(x => MetricGroups.AuditGrades.Any(g => plan.Plan.IsSuppressed(new CellKey(g.Code, x.b.Area, x.b.Month)))).Select(x => x.i).ToList();

        var cut = Measure("audits-inadequate-pct", "area=NE&month=2018-09", panels: 3);

        var datasets = Sent(AuditGradeChart.Kind).GetProperty("data").GetProperty("datasets").EnumerateArray().Select(Data).ToList();
        Assert.NotEmpty(withheld);
        Assert.All(withheld, i => Assert.All(datasets, d => Assert.Null(d[i])));
        Assert.All(Enumerable.Range(0, bars.Count).Except(withheld), i => Assert.InRange(datasets.Sum(d => d[i]!.Value), 99.8m, 100.2m));
        cut.Find("[data-chart-panel=audit-grades] [data-testid=toggle-table]").Click();
        var rows = cut.FindAll("[data-chart-panel=audit-grades] tbody tr");
        // The audits column (the total) and the inadequate share would give a suppressed count away.
        Assert.All(withheld, i => Assert.Equal([Suppression.Symbol, Suppression.Symbol], rows[i].QuerySelectorAll("td").TakeLast(2).Select(c => c.TextContent)));
    }

    [Fact]
    public async Task A_signed_in_user_sees_the_numbers_with_a_c_marker_in_the_table_and_a_count_under_the_chart()
    {
        var plan = await PlanAsync();
        var marked = Enumerable.Range(0, 24).Count(i => plan.Plan.IsSuppressed(new CellKey("uasc", "SW", June2020.AddMonths(i - 23))));
        SignIn();

        var cut = Measure("uasc", "area=SW&month=2020-06", panels: 2);
        cut.Find("[data-chart-panel=trend] [data-testid=toggle-table]").Click();

        var cells = cut.FindAll("[data-chart-panel=trend] td[data-suppressed-when-published]");
        var imported = cut.FindAll("[data-chart-panel=trend] td[data-suppressed]");
        Assert.True(marked > 0);
        // The council's own c stays c; every other figure the plan suppresses shows its number, marked.
        Assert.Equal(marked, cells.Count + imported.Count);
        Assert.All(cells, c => Assert.Matches(@"^\d+c\* \(Shown as c when published: .+\.\)$", c.TextContent));
        Assert.Contains(cut.FindAll("[data-chart-panel=trend] [data-testid=chart-notes] li"),
            n => n.TextContent == $"{cells.Count} figures in this chart's table would be shown as c when published; they are marked c* in the table.");
    }
}
