using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using static KpiDashboard.Tests.Metrics.ChartFixtures;

namespace KpiDashboard.Tests.Metrics;

public sealed class ComparisonChartTests
{
    private static readonly IReadOnlyList<DateOnly> Window = Months(2020, 5, 2);

    private static ChartView Build() => ComparisonChart.Build(Metric(Polarity.LowerIsBetter), Window,
    [
        Series(Surrey, Actual(21), Actual(20)),
        Series(NorthEast, Actual(28), Actual(29.2m)),
        Series(NorthWest, null, Actual(18.2m)),
        Series(SouthEast, Actual(15), Actual(13)),
        Series(SouthWest, Actual(20), Actual(19)),
    ]);

    [Fact]
    public void Each_area_is_a_series_with_its_own_dash_pattern_and_point_style_and_the_legend_shows_the_shapes()
    {
        var config = Build().Config!;

        Assert.Equal(["Surrey", "North East", "North West", "South East", "South West"], config.Data.Datasets.Select(d => d.Label));
        Assert.Equal(["circle", "triangle", "rect", "rectRot", "crossRot"], config.Data.Datasets.Select(d => (string)d.PointStyle!));
        Assert.Null(config.Data.Datasets[0].BorderDash);
        Assert.Equal(4, config.Data.Datasets.Skip(1).Select(d => string.Join(",", d.BorderDash!)).Distinct().Count());
        Assert.True(config.Options.Plugins.Legend.Display);
        Assert.True(config.Options.Plugins.Legend.Labels.UsePointStyle);
    }

    [Fact]
    public void A_quadrant_missing_a_month_has_a_gap()
    {
        Assert.Equal([null, 18.2m], Build().Config!.Data.Datasets[2].Data);
    }

    [Fact]
    public void The_table_has_a_column_per_area_and_a_row_per_month()
    {
        var table = Build().Table;

        Assert.Equal(["Surrey", "North East", "North West", "South East", "South West"], table.Columns);
        Assert.Equal(["May 2020", "Jun 2020"], table.Rows.Select(r => r.Heading));
        Assert.Equal(["20%", "29.2%", "18.2%", "13%", "19%"], table.Rows[1].Cells.Select(c => c.Text));
    }
}

public sealed class AuditGradeChartTests
{
    private static readonly IReadOnlyList<GradeCounts> Grades =
    [
        new(NorthEast, new DateOnly(2020, 5, 1), [1, 6, 10, 7]),
        new(NorthEast, new DateOnly(2020, 6, 1), [1, 6, 10, 7]),
        new(NorthWest, new DateOnly(2020, 5, 1), [1, 8, 9, 4]),
        new(NorthWest, new DateOnly(2020, 6, 1), [null, null, null, null]),
    ];

    [Fact]
    public void Grades_are_stacked_shares_of_each_quadrants_audits_that_add_up_to_100()
    {
        var config = AuditGradeChart.Build(Grades).Config!;

        Assert.Equal(["Outstanding", "Good", "Requires improvement", "Inadequate"], config.Data.Datasets.Select(d => d.Label));
        Assert.All(config.Data.Datasets, d => Assert.Equal("grades", d.Stack));
        Assert.Equal((true, true, 0m, 100m), (config.Options.Scales.X.Stacked, config.Options.Scales.Y.Stacked, config.Options.Scales.Y.Min, config.Options.Scales.Y.Max));
        Assert.Equal([4.2m, 25m, 41.7m, 29.2m], config.Data.Datasets.Select(d => d.Data[0]!.Value));
        Assert.Equal(MetricUnit.Percent, config.Unit);
    }

    [Fact]
    public void A_grade_count_shown_as_c_makes_its_bar_a_gap_not_a_zero_and_its_total_and_share_c()
    {
        Figure Count(decimal value) => new(value, ObservationStatus.Actual, null, null);
        var suppressed = new Figure(null, ObservationStatus.Suppressed, null, null);
        IReadOnlyList<GradeCounts> grades =
        [
            GradeCounts.Of(NorthEast, new DateOnly(2020, 6, 1), [suppressed, Count(6), Count(10), Count(7)]),
            GradeCounts.Of(NorthWest, new DateOnly(2020, 6, 1), [Count(0), Count(8), Count(9), Count(7)]),
        ];

        var view = AuditGradeChart.Build(grades);

        Assert.All(view.Config!.Data.Datasets, d => Assert.Null(d.Data[0]));
        Assert.All(view.Config.Data.Datasets, d => Assert.Null(d.Details![0]));
        Assert.Equal([0m, 33.3m, 37.5m, 29.2m], view.Config.Data.Datasets.Select(d => d.Data[1]!.Value));
        Assert.Equal(["c", "6", "10", "7", "c", "c"], view.Table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("In Jun 2020, North West had 29.2% of its audits graded inadequate.", view.Summary);
    }

    [Fact]
    public void A_month_without_grades_is_a_gap_and_tooltips_give_the_count_out_of_all_audits()
    {
        var config = AuditGradeChart.Build(Grades).Config!;

        Assert.All(config.Data.Datasets, d => Assert.Null(d.Data[3]));
        Assert.Equal(new PointDetail(null, 7, 24), config.Data.Datasets[3].Details![0]);
    }

    [Fact]
    public void Bars_are_labelled_by_month_with_the_quadrant_under_its_first_month_and_inadequate_is_hatched()
    {
        var config = AuditGradeChart.Build(Grades).Config!;

        Assert.Equal(
            ["May 2020|North East", "Jun 2020|", "May 2020|North West", "Jun 2020|"],
            config.Data.Labels.Cast<string[]>().Select(lines => string.Join('|', lines)));
        Assert.True(config.Data.Datasets[3].Hatched);
        Assert.Null(config.Data.Datasets[0].Hatched);
    }
}

public sealed class WorkforceChartTests
{
    [Fact]
    public void Appointments_and_vacancies_are_grouped_bars_per_quadrant_each_formatted_in_its_own_unit()
    {
        var view = WorkforceChart.Build(new DateOnly(2020, 6, 1),
            [new(NorthEast, 4, 7), new(NorthWest, 6, 10.5m), new(SouthEast, 3, 18), new(SouthWest, null, 12)]);

        var config = view.Config!;
        Assert.Equal("bar", config.Type);
        Assert.Equal(["North East", "North West", "South East", "South West"], config.Data.Labels);
        Assert.Equal([4m, 6m, 3m, null], config.Data.Datasets[0].Data);
        Assert.Equal((MetricUnit.Count, MetricUnit.Fte), (config.Data.Datasets[0].Unit!.Value, config.Data.Datasets[1].Unit!.Value));
        Assert.Null(config.Data.Datasets[0].Stack);
        Assert.True(config.Data.Datasets[1].Hatched);
        Assert.Equal(["6", "10.5 FTE"], view.Table.Rows[1].Cells.Select(c => c.Text));
    }
}
