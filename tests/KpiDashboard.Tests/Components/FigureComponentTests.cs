using Bunit;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Components;

public sealed class FigureComponentTests : BunitContext
{
    public FigureComponentTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(RagStatus.Green, "On target")]
    [InlineData(RagStatus.Amber, "Near target")]
    [InlineData(RagStatus.Red, "Off target")]
    [InlineData(RagStatus.NoTarget, "No target")]
    [InlineData(RagStatus.NoData, "No data")]
    public void Each_rag_status_has_its_own_text_label(RagStatus status, string label)
    {
        var cut = Render<RagBadge>(p => p.Add(b => b.Status, status));

        Assert.Equal(label, cut.Find(".rag-label").TextContent);
    }

    [Fact]
    public void Each_rag_status_has_a_distinct_icon_shape()
    {
        var shapes = Enum.GetValues<RagStatus>()
            .Select(status => Render<RagBadge>(p => p.Add(b => b.Status, status)).Find("svg").InnerHtml)
            .ToList();

        Assert.Equal(shapes.Count, shapes.Distinct().Count());
    }

    [Fact]
    public void A_fall_in_a_lower_is_better_metric_is_shown_as_down_and_better()
    {
        var change = Change.Between(new DateOnly(2020, 5, 1), 34m, 29.2m, Polarity.LowerIsBetter);

        var cut = Render<ChangeIndicator>(p => p.Add(c => c.Change, change).Add(c => c.Unit, MetricUnit.Percent).Add(c => c.Label, "vs May 2020"));

        Assert.Equal("down", cut.Find(".change").GetAttribute("data-direction"));
        Assert.Equal("▼", cut.Find(".change-arrow").TextContent);
        Assert.Equal("Down 4.8 points vs May 2020 (better)", cut.Find(".change-text").TextContent);
    }

    [Fact]
    public void A_rise_in_a_neutral_metric_is_not_called_better_or_worse()
    {
        var change = Change.Between(new DateOnly(2019, 6, 1), 1000m, 1213m, Polarity.Neutral);

        var cut = Render<ChangeIndicator>(p => p.Add(c => c.Change, change).Add(c => c.Unit, MetricUnit.Count).Add(c => c.Label, "vs Jun 2019"));

        Assert.Contains("Up 213 vs Jun 2019", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("better", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_earlier_figure_is_said_in_words()
    {
        var cut = Render<ChangeIndicator>(p => p.Add(c => c.Change, null).Add(c => c.Unit, MetricUnit.Count).Add(c => c.Label, "vs Jun 2019"));

        Assert.Equal("vs Jun 2019: no earlier figure", cut.Find(".change-none").TextContent);
    }

    [Fact]
    public void A_sparkline_breaks_at_missing_months_instead_of_dropping_to_zero()
    {
        var points = new List<TrendPoint>
        {
            new(new DateOnly(2020, 1, 1), 5), new(new DateOnly(2020, 2, 1), 6), new(new DateOnly(2020, 3, 1), null),
            new(new DateOnly(2020, 4, 1), 7), new(new DateOnly(2020, 5, 1), 8),
        };

        var cut = Render<Sparkline>(p => p.Add(s => s.Points, points).Add(s => s.Unit, MetricUnit.Count));

        Assert.Equal(2, cut.FindAll("polyline").Count);
        Assert.Equal("Trend from Jan 2020 (5) to May 2020 (8)", cut.Find("svg").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("rag-icon", null)]
    [InlineData(null, "color:#005eb8")]
    public void An_svg_icon_is_the_markup_MudIcon_writes(string? cssClass, string? style)
    {
        var icon = MudBlazor.Icons.Material.Filled.TrendingUp;
        var mud = Render<MudBlazor.MudIcon>(p => p.Add(i => i.Icon, icon).Add(i => i.Size, MudBlazor.Size.Small)
            .Add(i => i.Class, cssClass).Add(i => i.Style, style).AddUnmatched("aria-hidden", "true"));

        var ours = Render(builder => builder.AddContent(0, SvgIcon.Small(icon, cssClass, style)));

        ours.MarkupMatches(mud.Markup);
    }
}
