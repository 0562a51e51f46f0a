using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Metrics;
using static KpiDashboard.Tests.Metrics.ChartFixtures;

namespace KpiDashboard.Tests.Metrics;

/// <summary>Comparators' annual figures on the trend: level lines across the months of their periods, in the table and CSV too.</summary>
public sealed class BenchmarkLineTests
{
    private static readonly MetricFacts Inadequate = Metric(Polarity.LowerIsBetter, MetricUnit.Percent, Target(2018, 4, 10, 10, 20));
    private const string Illustrative = "Illustrative figure, not published data";

    private static BenchmarkPoint Year(int startYear, decimal value) =>
        new(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 1), BenchmarkService.PeriodLabel(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 1)), value, Illustrative);

    private static readonly IReadOnlyList<BenchmarkSeries> Comparators =
    [
        new("england", "England", [Year(2018, 21m), Year(2019, 23m)]),
        new("south-east-region", "South East region", [Year(2019, 20m)]),
        new("statistical-neighbours", "Statistical neighbours", [Year(2016, 30m)]),
    ];

    // Feb to May 2019: two months of the 2018-19 year, two of 2019-20.
    private static ChartView Build() =>
        TrendChart.Build(Inadequate, NorthEast, Months(2019, 2, 4), Series(NorthEast, Actual(30), Actual(28), Actual(25), Actual(22)), [], Comparators);

    [Fact]
    public void Each_comparator_is_a_level_line_across_the_months_of_its_period_stepping_between_periods()
    {
        var datasets = Build().Config!.Data.Datasets;

        var england = datasets.Single(d => d.Label == "England (benchmark)");
        Assert.Equal([21m, 21m, 23m, 23m], england.Data);
        Assert.Equal(("middle", 0d), (england.Stepped, england.PointRadius!.Value));
        Assert.Equal([null, null, 20m, 20m], datasets.Single(d => d.Label == "South East region (benchmark)").Data);
    }

    [Fact]
    public void A_comparator_with_no_period_in_the_window_is_left_out()
    {
        Assert.DoesNotContain(Build().Config!.Data.Datasets, d => d.Label.StartsWith("Statistical neighbours", StringComparison.Ordinal));
    }

    [Fact]
    public void Comparators_differ_by_dash_pattern_as_well_as_colour_and_the_tooltip_gives_the_period()
    {
        var lines = Build().Config!.Data.Datasets.Where(d => d.Label.EndsWith("(benchmark)", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, lines.Select(l => l.BorderColor).Distinct().Count());
        Assert.Equal(2, lines.Select(l => string.Join(",", l.BorderDash!)).Distinct().Count());
        Assert.Equal("Figure for Apr 2018 to Mar 2019; illustrative figure, not published data", lines[0].Details![0]!.Status);
        Assert.Null(lines[1].Details![0]);
    }

    [Fact]
    public void The_table_and_CSV_carry_each_comparators_figure_with_its_period()
    {
        var view = Build();

        Assert.Equal(["Figure", "Status", "Target", "Judgement", "England (benchmark)", "South East region (benchmark)"], view.Table.Columns);
        Assert.Equal(("21% (Apr 2018 to Mar 2019)", "–"), (view.Table.Rows[0].Cells[4].Text, view.Table.Rows[0].Cells[5].Text));
        var csv = ChartCsv.Write(view.Table).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("Month,Figure,Status,Target,Judgement,England (benchmark),South East region (benchmark)", csv[0]);
        Assert.Equal("Apr 2019,25,Actual,10,Off target,23,20", csv[3]);
        Assert.Contains("each is drawn level across the months of its period", Assert.Single(view.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_computed_from_the_quadrants_says_so_in_the_table_and_tooltip()
    {
        var computed = new Figure(25m, ObservationStatus.Actual, 25, 100) { Computed = true };

        var view = TrendChart.Build(Inadequate, Surrey, Months(2019, 2, 2), Series(Surrey, Actual(30, 30, 100), computed), []);

        Assert.Equal(["Actual", "Actual, computed from the quadrants"], view.Table.Rows.Select(r => r.Cells[1].Text));
        Assert.Equal("Off target (actual, computed from the quadrants)", view.Config!.Data.Datasets[0].Details![1]!.Status);
        Assert.Equal(
            "Surrey's figures for 1 of these months are computed, as none was imported (counts summed from the quadrants; rates from summed numerators and denominators; shares from their counts).",
            Assert.Single(view.Notes));
    }
}
