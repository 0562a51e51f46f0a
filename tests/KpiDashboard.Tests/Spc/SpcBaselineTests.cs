using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Tests.Spc;

/// <summary>
/// A baseline period from the catalogue, worked by hand: Jan 2018 to Dec 2019, 24 months. Jan to Mar 2018 are 30 (before
/// the baseline); Apr 2018 to Mar 2019 alternate 10 and 12 (mean 11, every moving range 2, so limits 11 ± 2.66 × 2 =
/// 16.32 and 5.68); Apr to Dec 2019 are 11. Limits from the baseline months alone apply to the whole first partition, so
/// the three months of 30 before it are special causes; without the baseline they would lift the mean to 13.375.
/// </summary>
public sealed class SpcBaselineTests
{
    private static readonly SpcBaselinePeriod AprilToMarch = new(new DateOnly(2018, 4, 1), new DateOnly(2019, 3, 1));

    private static List<SpcInputPoint> Series(Func<DateOnly, bool>? keep = null) =>
    [
        .. Enumerable.Range(0, 24)
            .Select(i => new DateOnly(2018, 1, 1).AddMonths(i))
            .Where(month => keep?.Invoke(month) ?? true)
            .Select(month => new SpcInputPoint(month, month < AprilToMarch.First ? 30m
                : AprilToMarch.Contains(month) ? (month.Month % 2 == 0 ? 10m : 12m) : 11m)),
    ];

    [Fact]
    public void Limits_come_from_the_baseline_months_and_apply_to_the_whole_first_partition()
    {
        var result = XmrChart.Analyse(Series(), ImprovementDirection.Increase, new SpcOptions(Baseline: AprilToMarch));

        var partition = Assert.Single(result.Partitions);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2019, 12, 1), 12, 11m, 2m, 16.32m, 5.68m),
            (partition.From, partition.To, partition.BaselinePoints, partition.Mean, partition.MeanMovingRange, partition.UpperLimit, partition.LowerLimit));
        Assert.Equal(AprilToMarch, partition.FixedOn);
        Assert.All(result.Points.Take(3), p => Assert.Equal(SpcClass.Improvement, p.Class));
        Assert.All(result.Points.Skip(3), p => Assert.Equal(SpcClass.Common, p.Class));
    }

    [Fact]
    public void Without_the_baseline_the_same_series_has_limits_from_every_month()
    {
        var partition = Assert.Single(XmrChart.Analyse(Series(), ImprovementDirection.Increase).Partitions);

        Assert.Equal((24, 13.375m, null), (partition.BaselinePoints, partition.Mean, partition.FixedOn));
    }

    [Fact]
    public void A_baseline_whose_months_hold_fewer_than_12_figures_is_not_used_and_the_chart_says_so()
    {
        var gappy = Series(month => month != new DateOnly(2018, 6, 1));

        var result = XmrChart.Analyse(gappy, ImprovementDirection.Increase, new SpcOptions(Baseline: AprilToMarch));

        var partition = Assert.Single(result.Partitions);
        Assert.Equal((23, null, AprilToMarch), (partition.BaselinePoints, partition.FixedOn, partition.BaselineNotUsed));
        Assert.Equal(["The baseline Apr 2018 to Mar 2019 holds fewer than 12 figures, so the first limits come from every month until the next recalculation."],
            SpcChart.BaselineNotes(result));
    }

    [Fact]
    public void The_chart_says_which_months_the_limits_are_fixed_on() =>
        Assert.Equal(["Limits fixed on Apr 2018 to Mar 2019."],
            SpcChart.BaselineNotes(XmrChart.Analyse(Series(), ImprovementDirection.Increase, new SpcOptions(Baseline: AprilToMarch))));

    [Fact]
    public void A_recalculation_after_the_baseline_starts_its_own_limits()
    {
        var series = Series().Concat(Enumerable.Range(0, 13).Select(i => new SpcInputPoint(new DateOnly(2020, 1, 1).AddMonths(i), 50m + (i % 2)))).ToList();

        var result = XmrChart.Analyse(series, ImprovementDirection.Increase, new SpcOptions(Baseline: AprilToMarch),
            [new SpcRecalculation(new DateOnly(2020, 1, 1), "New service")]);

        Assert.Equal([AprilToMarch, null], result.Partitions.Select(p => p.FixedOn));
        Assert.Equal(50.46m, Math.Round(result.Partitions[1].Mean, 2)); // seven 50s and six 51s
    }

    [Fact]
    public void An_areas_own_baseline_is_used_before_the_one_for_every_area()
    {
        SpcBaseline[] baselines =
        [
            new() { MetricId = 1, AreaId = null, FirstMonth = new DateOnly(2017, 4, 1), LastMonth = new DateOnly(2018, 3, 1) },
            new() { MetricId = 1, AreaId = 7, FirstMonth = AprilToMarch.First, LastMonth = AprilToMarch.Last },
            new() { MetricId = 2, AreaId = 8, FirstMonth = new DateOnly(2016, 4, 1), LastMonth = new DateOnly(2017, 3, 1) },
        ];

        Assert.Equal(AprilToMarch, MetricSpc.BaselineFor(1, 7, baselines));
        Assert.Equal(new SpcBaselinePeriod(new DateOnly(2017, 4, 1), new DateOnly(2018, 3, 1)), MetricSpc.BaselineFor(1, 8, baselines));
        Assert.Null(MetricSpc.BaselineFor(2, 7, baselines));
    }
}
