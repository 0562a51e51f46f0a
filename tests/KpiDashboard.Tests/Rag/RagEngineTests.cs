using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Tests.Rag;

public sealed class RagEngineTests
{
    private static MetricTarget Target(decimal green, decimal red, decimal? target = null, int month = 4, int year = 2018, int? areaId = null) =>
        new() { EffectiveFrom = new DateOnly(year, month, 1), Green = green, Red = red, Target = target, AreaId = areaId };

    [Theory]
    [InlineData(90, RagStatus.Green)]
    [InlineData(89.9, RagStatus.Amber)]
    [InlineData(75, RagStatus.Amber)]
    [InlineData(74.9, RagStatus.Red)]
    public void Higher_is_better_is_green_on_the_green_threshold_and_red_below_the_red_one(decimal value, RagStatus expected) =>
        Assert.Equal(expected, RagEngine.Judge(Polarity.HigherIsBetter, Target(90, 75), value));

    [Theory]
    [InlineData(10, RagStatus.Green)]
    [InlineData(10.1, RagStatus.Amber)]
    [InlineData(20, RagStatus.Amber)]
    [InlineData(20.1, RagStatus.Red)]
    public void Lower_is_better_is_green_on_the_green_threshold_and_red_above_the_red_one(decimal value, RagStatus expected) =>
        Assert.Equal(expected, RagEngine.Judge(Polarity.LowerIsBetter, Target(10, 20), value));

    [Theory]
    [InlineData(100, RagStatus.Green)]
    [InlineData(95, RagStatus.Green)]
    [InlineData(105, RagStatus.Green)]
    [InlineData(94, RagStatus.Amber)]
    [InlineData(110, RagStatus.Amber)]
    [InlineData(111, RagStatus.Red)]
    [InlineData(89, RagStatus.Red)]
    public void Close_to_target_judges_the_distance_either_side(decimal value, RagStatus expected) =>
        Assert.Equal(expected, RagEngine.Judge(Polarity.CloseToTarget, Target(5, 10, target: 100), value));

    [Fact]
    public void Neutral_metrics_and_metrics_without_a_target_have_no_target_status()
    {
        Assert.Equal(RagStatus.NoTarget, RagEngine.Judge(Polarity.Neutral, Target(10, 20), 5));
        Assert.Equal(RagStatus.NoTarget, RagEngine.Judge(Polarity.LowerIsBetter, null, 5));
    }

    [Fact]
    public void A_missing_or_withheld_figure_is_no_data_not_red()
    {
        Assert.Equal(RagStatus.NoData, RagEngine.Judge(Polarity.LowerIsBetter, Target(10, 20), null));
    }

    [Fact]
    public void The_target_in_force_for_the_month_applies_when_targets_change()
    {
        MetricTarget[] targets = [Target(15, 25), Target(10, 20, month: 4, year: 2020)];

        var march = RagEngine.TargetFor(targets, areaId: 2, new DateOnly(2020, 3, 1));
        var april = RagEngine.TargetFor(targets, areaId: 2, new DateOnly(2020, 4, 1));

        Assert.Equal(RagStatus.Green, RagEngine.Judge(Polarity.LowerIsBetter, march, 12));
        Assert.Equal(RagStatus.Amber, RagEngine.Judge(Polarity.LowerIsBetter, april, 12));
    }

    [Fact]
    public void No_target_applies_before_the_first_one_takes_effect()
    {
        Assert.Null(RagEngine.TargetFor([Target(15, 25)], areaId: 1, new DateOnly(2018, 3, 1)));
    }

    [Fact]
    public void A_target_set_for_an_area_applies_only_there_and_wins_over_the_general_one()
    {
        MetricTarget[] targets = [Target(60, 90, areaId: 1), Target(5, 10)];

        Assert.Equal(60, RagEngine.TargetFor(targets, areaId: 1, new DateOnly(2020, 6, 1))?.Green);
        Assert.Equal(5, RagEngine.TargetFor(targets, areaId: 2, new DateOnly(2020, 6, 1))?.Green);
    }
}
