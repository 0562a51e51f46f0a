using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Tests.Spc;

/// <summary>
/// Each rule at its boundary. The series start with a 14-month baseline alternating 12 and 10, which fixes
/// mean 11, mean moving range 2, limits 16.32 and 5.68 and two-sigma lines 14.55 and 7.45 for the months after it.
/// </summary>
public sealed class SpcRuleTests
{
    private static readonly SpcOptions Fixed = new(BaselineMonths: 14);

    private static SpcResult Chart(IEnumerable<decimal> after, ImprovementDirection direction = ImprovementDirection.Increase, SpcOptions? options = null, decimal? target = null)
    {
        var values = Enumerable.Range(0, 14).Select(i => i % 2 == 0 ? 12m : 10m).Concat(after).ToList();
        var points = values.Select((v, i) => new SpcInputPoint(new DateOnly(2020, 1, 1).AddMonths(i), v));
        return XmrChart.Analyse(points, direction, options ?? Fixed, target: target);
    }

    private static List<SpcClass> After(SpcResult result) => result.Points.Skip(14).Select(p => p.Class).ToList();

    private const SpcClass C = SpcClass.Common;
    private const SpcClass I = SpcClass.Improvement;

    [Fact]
    public void The_baseline_fixes_mean_and_limits_at_mean_plus_or_minus_2_66_mean_moving_ranges()
    {
        var partition = Assert.Single(Chart([11m]).Partitions);

        Assert.Equal((11m, 2m, 16.32m, 5.68m, 14.55m, 7.45m), (partition.Mean, partition.MeanMovingRange, partition.UpperLimit,
            partition.LowerLimit, Math.Round(partition.UpperTwoSigma, 2), Math.Round(partition.LowerTwoSigma, 2)));
    }

    [Fact]
    public void Twelve_points_have_no_limits_no_signals_and_no_icons_and_thirteen_do()
    {
        var points = new decimal[] { 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40, 40 }
            .Select((v, i) => new SpcInputPoint(new DateOnly(2020, 1, 1).AddMonths(i), v)).ToList();

        var twelve = XmrChart.Analyse(points.Take(12), ImprovementDirection.Increase, target: 5m);
        var thirteen = XmrChart.Analyse(points, ImprovementDirection.Increase, target: 5m);

        Assert.Equal((0, null, null), (twelve.Partitions.Count, twelve.Variation, twelve.Assurance));
        Assert.All(twelve.Points, p => Assert.Equal(SpcClass.Common, p.Class));
        Assert.Equal((1, VariationIcon.ImprovementHigh), (thirteen.Partitions.Count, thirteen.Variation));
    }

    [Fact]
    public void A_point_on_the_limit_is_common_and_one_beyond_it_is_special() =>
        Assert.Equal([C, I, C, SpcClass.Concern], After(Chart([16.32m, 16.33m, 5.68m, 5.67m])));

    [Fact]
    public void Five_points_above_the_mean_are_common_and_six_are_a_shift()
    {
        Assert.Equal([C, C, C, C, C, C], After(Chart([11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 10.5m])));
        Assert.Equal([I, I, I, I, I, I], After(Chart([11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 11.5m])));
    }

    [Fact]
    public void A_point_on_the_mean_breaks_a_shift() =>
        Assert.All(After(Chart([11.5m, 11.5m, 11.5m, 11m, 11.5m, 11.5m, 11.5m])), c => Assert.Equal(C, c));

    [Fact]
    public void A_shift_length_of_seven_needs_seven_points()
    {
        var seven = new SpcOptions(ShiftLength: 7, BaselineMonths: 14);

        Assert.All(After(Chart([11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 10.5m], options: seven)), c => Assert.Equal(C, c));
        Assert.Equal([I, I, I, I, I, I, I], After(Chart([11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 11.5m, 11.5m], options: seven)));
    }

    [Fact]
    public void Five_rising_points_are_common_and_six_are_a_trend()
    {
        Assert.Equal([C, C, C, C, C, C], After(Chart([10m, 10.5m, 11m, 11.5m, 12m, 9m])));
        Assert.Equal([I, I, I, I, I, I], After(Chart([10m, 10.5m, 11m, 11.5m, 12m, 12.5m])));
    }

    [Fact]
    public void An_equal_value_breaks_a_trend() =>
        Assert.All(After(Chart([10m, 10.5m, 11m, 11m, 11.5m, 12m, 12.5m])), c => Assert.Equal(C, c));

    [Fact]
    public void A_falling_trend_is_a_concern_when_higher_is_better_and_may_cross_the_mean() =>
        Assert.Equal([SpcClass.Concern, SpcClass.Concern, SpcClass.Concern, SpcClass.Concern, SpcClass.Concern, SpcClass.Concern],
            After(Chart([12.5m, 12m, 11.5m, 10.5m, 10m, 9.5m])));

    [Fact]
    public void A_trend_length_of_seven_needs_seven_points() =>
        Assert.All(After(Chart([10m, 10.5m, 11m, 11.5m, 12m, 12.5m, 9m], options: new SpcOptions(TrendLength: 7, BaselineMonths: 14))),
            c => Assert.Equal(C, c));

    [Fact]
    public void Two_of_three_beyond_two_sigma_on_one_side_flags_those_two_only() =>
        Assert.Equal([I, C, I], After(Chart([15m, 11.5m, 15m])));

    [Fact]
    public void Two_beyond_two_sigma_with_a_point_across_the_mean_between_them_are_common() =>
        Assert.Equal([C, C, C], After(Chart([15m, 10.5m, 15m])));

    [Fact]
    public void A_point_beyond_the_limit_counts_under_the_single_point_rule_not_two_in_three() =>
        Assert.Equal([C, I, C], After(Chart([15m, 17m, 11.5m])));

    [Fact]
    public void Signals_are_improvement_or_concern_by_direction_and_neither_without_one()
    {
        var high = new decimal[] { 17m };

        Assert.Equal(VariationIcon.ImprovementHigh, Chart(high).Variation);
        Assert.Equal(VariationIcon.ConcernHigh, Chart(high, ImprovementDirection.Decrease).Variation);
        Assert.Equal(VariationIcon.NeitherHigh, Chart(high, ImprovementDirection.Neither).Variation);
        Assert.Equal(VariationIcon.ConcernLow, Chart([5m]).Variation);
        Assert.Equal(VariationIcon.ImprovementLow, Chart([5m], ImprovementDirection.Decrease).Variation);
        Assert.Equal(VariationIcon.NeitherLow, Chart([5m], ImprovementDirection.Neither).Variation);
        Assert.Equal(VariationIcon.CommonCause, Chart([11m]).Variation);
    }

    [Fact]
    public void A_point_signalling_both_ways_counts_as_improvement() =>
        // A falling trend (concern) that runs beyond the upper limit at its start (improvement).
        Assert.Equal(I, After(Chart([17m, 14m, 13m, 12.5m, 12m, 11.5m]))[0]);

    [Theory]
    [InlineData(ImprovementDirection.Increase, 5, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Increase, 5.68, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Increase, 5.69, AssuranceIcon.HitOrMiss)]
    [InlineData(ImprovementDirection.Increase, 16.32, AssuranceIcon.HitOrMiss)]
    [InlineData(ImprovementDirection.Increase, 16.33, AssuranceIcon.Fail)]
    [InlineData(ImprovementDirection.Decrease, 16.32, AssuranceIcon.Pass)]
    [InlineData(ImprovementDirection.Decrease, 16.31, AssuranceIcon.HitOrMiss)]
    [InlineData(ImprovementDirection.Decrease, 5.68, AssuranceIcon.HitOrMiss)]
    [InlineData(ImprovementDirection.Decrease, 5.67, AssuranceIcon.Fail)]
    public void Assurance_compares_the_target_with_the_latest_limits(ImprovementDirection direction, decimal target, AssuranceIcon expected) =>
        Assert.Equal(expected, Chart([11m], direction, target: target).Assurance);

    [Fact]
    public void There_is_no_assurance_icon_without_a_target_or_a_better_direction()
    {
        Assert.Null(Chart([11m]).Assurance);
        Assert.Null(Chart([11m], ImprovementDirection.Neither, target: 11m).Assurance);
    }

    [Fact]
    public void A_recalculation_starts_new_limits_with_its_reason_and_the_assurance_uses_the_latest()
    {
        var values = Enumerable.Range(0, 13).Select(i => i % 2 == 0 ? 10m : 12m)
            .Concat(Enumerable.Range(0, 13).Select(i => i % 2 == 0 ? 30m : 34m)).ToList();
        var points = values.Select((v, i) => new SpcInputPoint(new DateOnly(2020, 1, 1).AddMonths(i), v)).ToList();
        var recalculation = new SpcRecalculation(new DateOnly(2021, 2, 1), "New duty system");

        var result = XmrChart.Analyse(points, ImprovementDirection.Increase, recalculations: [recalculation], target: 20m);

        Assert.Equal(2, result.Partitions.Count);
        Assert.Equal((new DateOnly(2021, 2, 1), "New duty system", 4m), (result.Partitions[1].From, result.Partitions[1].Reason, result.Partitions[1].MeanMovingRange));
        // 20 is above the first partition's upper limit (a fail) but at or below the latest lower limit.
        Assert.Equal(AssuranceIcon.Pass, result.Assurance);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void A_recalculation_leaving_fewer_than_13_points_on_either_side_waits()
    {
        var points = Enumerable.Range(0, 25).Select(i => new SpcInputPoint(new DateOnly(2020, 1, 1).AddMonths(i), i % 2 == 0 ? 10m : 12m)).ToList();

        var result = XmrChart.Analyse(points, ImprovementDirection.Increase, recalculations: [new SpcRecalculation(points[13].Period, "Too soon")]);

        Assert.Single(result.Partitions);
    }
}
