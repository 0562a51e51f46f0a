using Bunit;
using KpiDashboard.Web.Features.Spc;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Spc;

public sealed class SpcBadgesTests : BunitContext
{
    public SpcBadgesTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(VariationIcon.CommonCause, "common-cause", "Common cause: no significant change")]
    [InlineData(VariationIcon.ImprovementHigh, "improvement-high", "Improving: special cause, higher")]
    [InlineData(VariationIcon.ImprovementLow, "improvement-low", "Improving: special cause, lower")]
    [InlineData(VariationIcon.ConcernHigh, "concern-high", "Concern: special cause, higher")]
    [InlineData(VariationIcon.ConcernLow, "concern-low", "Concern: special cause, lower")]
    [InlineData(VariationIcon.NeitherHigh, "neither-high", "Special cause, higher")]
    [InlineData(VariationIcon.NeitherLow, "neither-low", "Special cause, lower")]
    public void Each_variation_icon_has_an_icon_shape_and_a_text_label(VariationIcon icon, string key, string label)
    {
        var cut = Render<SpcBadges>(p => p.Add(b => b.Variation, icon));

        var badge = cut.Find($"[data-variation={key}]");
        Assert.Equal(label, badge.QuerySelector(".spc-label")!.TextContent);
        Assert.NotNull(badge.QuerySelector("svg[aria-hidden=true]"));
    }

    [Theory]
    [InlineData(AssuranceIcon.Pass, "pass", "Target consistently met")]
    [InlineData(AssuranceIcon.HitOrMiss, "hit-or-miss", "Target hit and miss")]
    [InlineData(AssuranceIcon.Fail, "fail", "Target consistently missed")]
    public void Each_assurance_icon_has_an_icon_shape_and_a_text_label(AssuranceIcon icon, string key, string label)
    {
        var cut = Render<SpcBadges>(p => p.Add(b => b.Variation, VariationIcon.CommonCause).Add(b => b.Assurance, icon));

        var badge = cut.Find($"[data-assurance={key}]");
        Assert.Equal(label, badge.QuerySelector(".spc-label")!.TextContent);
        Assert.NotNull(badge.QuerySelector("svg[aria-hidden=true]"));
    }

    [Fact]
    public void Nothing_is_shown_without_enough_points_for_an_spc_reading()
    {
        var cut = Render<SpcBadges>(p => p.Add(b => b.Variation, null).Add(b => b.Assurance, null));

        Assert.Empty(cut.FindAll(".spc-badge"));
    }

    [Fact]
    public void A_metric_without_a_target_shows_the_variation_icon_only()
    {
        var cut = Render<SpcBadges>(p => p.Add(b => b.Variation, VariationIcon.NeitherHigh));

        Assert.Single(cut.FindAll(".spc-badge"));
    }
}
