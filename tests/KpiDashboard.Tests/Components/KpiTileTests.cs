using Bunit;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Components;

public sealed class KpiTileTests : BunitContext
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    public KpiTileTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static KpiTileModel Tile(decimal? value, ObservationStatus? status, RagStatus rag, decimal? target = 10m) => new(
        "audits-inadequate-pct", "Case audits graded inadequate (%)", "Quality of practice", MetricUnit.Percent, Polarity.LowerIsBetter,
        June2020, value, status, rag, target,
        Change.Between(June2020.AddMonths(-1), 31m, value, Polarity.LowerIsBetter),
        Change.Between(June2020.AddYears(-1), 25m, value, Polarity.LowerIsBetter),
        [new TrendPoint(June2020.AddMonths(-1), 31m), new TrendPoint(June2020, value)]);

    [Fact]
    public void A_tile_shows_value_with_unit_rag_label_target_and_both_changes()
    {
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, Tile(29.2m, ObservationStatus.Actual, RagStatus.Red)));

        Assert.Equal("29.2%", cut.Find("[data-testid=value]").TextContent);
        Assert.Equal("Off target", cut.Find(".rag-label").TextContent);
        Assert.Equal("Target 10%", cut.Find(".kpi-tile-target").TextContent);
        var changes = cut.FindAll(".change").Select(c => c.GetAttribute("data-direction")).ToList();
        Assert.Equal(["down", "up"], changes);
        Assert.Contains("vs May 2020", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("vs Jun 2019", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tiles_name_links_to_the_measures_detail_page_for_the_same_area_and_month()
    {
        var cut = Render<KpiTile>(p => p
            .Add(t => t.Tile, Tile(29.2m, ObservationStatus.Actual, RagStatus.Red))
            .Add(t => t.AreaCode, "NE"));

        var link = cut.Find("h3 a");
        Assert.Equal("kpi/audits-inadequate-pct?area=NE&month=2020-06", link.GetAttribute("href"));
        Assert.Equal("Case audits graded inadequate (%)", link.TextContent);
    }

    [Fact]
    public void A_month_without_a_figure_says_no_data()
    {
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, Tile(null, null, RagStatus.NoData)));

        Assert.Equal("No data", cut.Find("[data-testid=value]").TextContent);
        Assert.Equal("No data", cut.Find(".rag-label").TextContent);
        Assert.Empty(cut.FindAll(".change"));
    }

    [Fact]
    public void A_suppressed_figure_says_so_rather_than_showing_zero()
    {
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, Tile(null, ObservationStatus.Suppressed, RagStatus.NoData)));

        Assert.Equal("Suppressed (c)", cut.Find("[data-testid=value]").TextContent);
    }

    [Fact]
    public void A_metric_without_a_target_shows_the_no_target_status_and_no_target_line()
    {
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, Tile(29.2m, ObservationStatus.Actual, RagStatus.NoTarget, target: null)));

        Assert.Equal("No target", cut.Find(".rag-label").TextContent);
        Assert.Empty(cut.FindAll(".kpi-tile-target"));
    }
}
