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

        Assert.Equal("c", cut.Find("[data-testid=value]").TextContent);
    }

    [Fact]
    public void A_metric_without_a_target_shows_the_no_target_status_and_no_target_line()
    {
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, Tile(29.2m, ObservationStatus.Actual, RagStatus.NoTarget, target: null)));

        Assert.Equal("No target", cut.Find(".rag-label").TextContent);
        Assert.Empty(cut.FindAll(".kpi-tile-target"));
    }

    [Fact]
    public void A_tile_shows_its_spc_icons_and_says_when_its_figure_was_computed_from_the_quadrants()
    {
        var tile = Tile(20m, ObservationStatus.Actual, RagStatus.Amber) with
        {
            Variation = KpiDashboard.Web.Features.Spc.VariationIcon.ConcernHigh,
            Assurance = KpiDashboard.Web.Features.Spc.AssuranceIcon.HitOrMiss,
            Computed = true,
        };

        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, tile));

        Assert.Equal(["Concern: special cause, higher", "Target hit and miss"], cut.FindAll(".spc-label").Select(l => l.TextContent));
        Assert.Equal("Computed from the quadrants", cut.Find("[data-testid=computed]").TextContent);
    }

    [Fact]
    public void A_computed_share_says_it_came_from_its_counts()
    {
        var tile = Tile(20m, ObservationStatus.Actual, RagStatus.Amber) with { Computed = true, IsShare = true };

        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, tile));

        Assert.Equal("Computed from its counts", cut.Find("[data-testid=computed]").TextContent);
    }

    [Fact]
    public void A_tile_shows_a_short_excerpt_of_its_commentary_with_the_author()
    {
        var text = string.Join(' ', Enumerable.Repeat("Audits dipped while auditors covered operational work.", 5));
        var tile = Tile(20m, ObservationStatus.Actual, RagStatus.Amber) with
        {
            Commentary = new KpiDashboard.Web.Features.Commentary.CommentaryVersion(text, "Jo Analyst", DateTimeOffset.UnixEpoch),
        };

        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, tile));

        var shown = cut.Find("[data-testid=commentary]").TextContent;
        Assert.StartsWith("Commentary: Audits dipped while auditors covered operational work.", shown.Trim(), StringComparison.Ordinal);
        Assert.Contains("…", shown, StringComparison.Ordinal);
        Assert.EndsWith("(Jo Analyst)", shown.Trim(), StringComparison.Ordinal);
        Assert.True(shown.Length < text.Length);
    }

    [Fact]
    public void A_tile_given_the_same_figures_again_is_not_drawn_again_and_is_drawn_for_new_ones()
    {
        var figures = Tile(29.2m, ObservationStatus.Actual, RagStatus.Red);
        var cut = Render<KpiTile>(p => p.Add(t => t.Tile, figures).Add(t => t.AreaCode, "NE"));

        cut.Render(p => p.Add(t => t.Tile, figures).Add(t => t.AreaCode, "NE"));
        Assert.Equal(1, cut.RenderCount);

        cut.Render(p => p.Add(t => t.Tile, Tile(31m, ObservationStatus.Actual, RagStatus.Red)).Add(t => t.AreaCode, "NE"));
        Assert.Equal(2, cut.RenderCount);
        Assert.Equal("31%", cut.Find("[data-testid=value]").TextContent);

        cut.Render(p => p.Add(t => t.AreaCode, "SE"));
        Assert.Equal(3, cut.RenderCount);
        Assert.Contains("area=SE", cut.Find("h3 a").GetAttribute("href"), StringComparison.Ordinal);
    }
}
