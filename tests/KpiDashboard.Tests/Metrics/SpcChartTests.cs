using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Spc;
using static KpiDashboard.Tests.Metrics.ChartFixtures;

namespace KpiDashboard.Tests.Metrics;

/// <summary>
/// The SPC view of the trend. The series open with 14 months alternating 10% and 12% (mean 11%, limits 16.32% and
/// 5.68%, two-sigma lines 14.55% and 7.45% when the baseline is those 14 months), then six months at 9%: a shift below
/// the mean, which is an improvement for a lower-is-better measure.
/// </summary>
public sealed class SpcChartTests
{
    private static readonly MetricFacts Inadequate = Metric(Polarity.LowerIsBetter, MetricUnit.Percent, Target(2019, 1, 10, 10, 20));

    private static (IReadOnlyList<DateOnly> Months, SpcResult Spc) Shift(int baseline = 14, IEnumerable<SpcRecalculation>? recalculations = null, IEnumerable<decimal>? after = null)
    {
        var values = Enumerable.Range(0, baseline).Select(i => i % 2 == 0 ? 10m : 12m).Concat(after ?? Enumerable.Repeat(9m, 6)).ToList();
        var months = Months(2020, 1, values.Count);
        var spc = XmrChart.Analyse(values.Select((v, i) => new SpcInputPoint(months[i], v)), ImprovementDirection.Decrease,
            new SpcOptions(BaselineMonths: 14), recalculations, target: 10);
        return (months, spc);
    }

    [Fact]
    public void The_figures_are_drawn_with_the_mean_the_process_limits_faint_two_sigma_lines_and_the_target()
    {
        var (months, spc) = Shift();

        var config = SpcChart.Build(Inadequate, NorthEast, months, spc).Config!;

        Assert.Equal(["North East", "Mean", "Upper process limit", "Lower process limit", "Upper two-sigma line", "Lower two-sigma line", "Target"],
            config.Data.Datasets.Select(d => d.Label));
        var line = config.Data.Datasets.ToDictionary(d => d.Label);
        Assert.All(line["Mean"].Data, v => Assert.Equal(11m, v));
        Assert.All(line["Upper process limit"].Data, v => Assert.Equal(16.32m, v));
        Assert.All(line["Lower process limit"].Data, v => Assert.Equal(5.68m, v));
        Assert.Equal(14.55m, Math.Round(line["Upper two-sigma line"].Data[0]!.Value, 2));
        Assert.Equal((1d, ChartPalette.SpcTwoSigma), (line["Lower two-sigma line"].BorderWidth!.Value, line["Lower two-sigma line"].BorderColor));
        Assert.Equal((2d, ChartPalette.SpcLimit), (line["Upper process limit"].BorderWidth!.Value, line["Upper process limit"].BorderColor));
        Assert.All(line["Target"].Data, v => Assert.Equal(10m, v));
        Assert.False(config.Options.Scales.Y.BeginAtZero);
    }

    [Fact]
    public void Each_point_is_coloured_and_shaped_by_its_class_and_the_tooltip_names_the_class()
    {
        var (months, spc) = Shift();

        var figures = SpcChart.Build(Inadequate, NorthEast, months, spc).Config!.Data.Datasets[0];

        var shapes = Assert.IsAssignableFrom<IReadOnlyList<string>>(figures.PointStyle);
        var colours = Assert.IsAssignableFrom<IReadOnlyList<string>>(figures.PointBackgroundColor);
        Assert.Equal([.. Enumerable.Repeat("circle", 14), .. Enumerable.Repeat("triangle", 6)], shapes);
        Assert.Equal((SpcLook.For(SpcClass.Common).Colour, SpcLook.For(SpcClass.Improvement).Colour), (colours[0], colours[^1]));
        Assert.NotEqual(colours[0], colours[^1]);
        Assert.Equal(("Common cause", "Special cause: improvement"), (figures.Details![0]!.Status, figures.Details[^1]!.Status));
    }

    [Fact]
    public void The_table_lists_month_figure_and_SPC_class()
    {
        var (months, spc) = Shift();

        var table = SpcChart.Build(Inadequate, NorthEast, months, spc).Table;

        Assert.Equal(["Figure", "SPC class", "Mean", "Lower process limit", "Upper process limit"], table.Columns);
        Assert.Equal(("Jan 2020", "10%", "Common cause", "11%", "5.7%", "16.3%"),
            (table.Rows[0].Heading, table.Rows[0].Cells[0].Text, table.Rows[0].Cells[1].Text, table.Rows[0].Cells[2].Text, table.Rows[0].Cells[3].Text, table.Rows[0].Cells[4].Text));
        Assert.Equal(("Aug 2021", "9%", "Special cause: improvement"), (table.Rows[^1].Heading, table.Rows[^1].Cells[0].Text, table.Rows[^1].Cells[1].Text));
        Assert.Equal(CsvCell.Number(16.32m), table.Rows[0].Cells[4].Csv);
    }

    [Fact]
    public void The_summary_names_the_signal_and_what_the_limits_say_about_the_target()
    {
        var (months, spc) = Shift();

        Assert.Equal(
            "Special cause improvement: the last 6 points are below the mean of 11%; the target of 10% is inside the process limits, so it will be hit or missed by chance.",
            SpcChart.Build(Inadequate, NorthEast, months, spc).Summary);
    }

    [Fact]
    public void A_latest_figure_beyond_a_limit_is_named_in_the_summary()
    {
        var (months, spc) = Shift(after: [11m, 17m]);

        Assert.Equal(
            "Special cause concern: the latest figure, 17%, is above the upper process limit of 16.3%; the target of 10% is inside the process limits, so it will be hit or missed by chance.",
            SpcChart.Build(Inadequate, NorthEast, months, spc).Summary);
    }

    [Fact]
    public void Fewer_than_13_figures_draw_no_limits_and_say_so_plainly()
    {
        var months = Months(2020, 1, 8);
        var spc = XmrChart.Analyse(months.Select((m, i) => new SpcInputPoint(m, 10 + i)), ImprovementDirection.Decrease);

        var view = SpcChart.Build(Inadequate, NorthEast, months, spc);

        Assert.Equal(["North East", "Target"], view.Config!.Data.Datasets.Select(d => d.Label));
        Assert.Equal("Process limits need at least 13 monthly figures and North East has 8, so the figures are shown without limits or signals.", view.Summary);
        Assert.All(view.Table.Rows, r => Assert.Equal("Common cause", r.Cells[1].Text));
    }

    [Fact]
    public void A_recalculation_is_a_labelled_vertical_marker_with_its_reason_and_the_limits_step_there()
    {
        var values = Enumerable.Range(0, 28).Select(i => (i < 14 ? 11m : 21m) + (i % 2 == 0 ? 1 : -1)).ToList();
        var months = Months(2020, 1, 28);
        var spc = XmrChart.Analyse(values.Select((v, i) => new SpcInputPoint(months[i], v)), ImprovementDirection.Decrease,
            recalculations: [new SpcRecalculation(months[14], "New screening team")]);

        var view = SpcChart.Build(Inadequate, NorthEast, months, spc);

        var marker = Assert.Single(view.Config!.Options.Plugins.Annotation.Annotations.Values);
        Assert.Equal(("line", 13.5m, "Recalculated: New screening team"), (marker.Type, marker.XMin!.Value, marker.Label!.Content));
        var mean = view.Config.Data.Datasets.Single(d => d.Label == "Mean");
        Assert.Equal((11m, 21m, "middle"), (mean.Data[13]!.Value, mean.Data[14]!.Value, mean.Stepped));
        Assert.Contains("Limits recalculated from Mar 2021: New screening team.", view.Notes);
    }
}
