using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Rag;
using static KpiDashboard.Tests.Metrics.ChartFixtures;

namespace KpiDashboard.Tests.Metrics;

public sealed class TrendChartTests
{
    // Lower is better: 15% target until Apr 2020, then 10% (red above 25%, then above 20%).
    private static readonly MetricFacts Inadequate = Metric(Polarity.LowerIsBetter, MetricUnit.Percent,
        Target(2018, 4, 15, 15, 25), Target(2020, 4, 10, 10, 20));

    private static readonly IReadOnlyList<DateOnly> FebToMay2020 = Months(2020, 2, 4);

    private static ChartView Build(MetricFacts metric, params Figure?[] figures) =>
        TrendChart.Build(metric, NorthEast, FebToMay2020, Series(NorthEast, figures), []);

    [Fact]
    public void Labels_are_UK_month_names()
    {
        var view = Build(Inadequate, Actual(30), Actual(28), Actual(25), Actual(22));

        Assert.Equal(["Feb 2020", "Mar 2020", "Apr 2020", "May 2020"], view.Config!.Data.Labels);
    }

    [Fact]
    public void A_missing_month_and_a_suppressed_figure_are_gaps_not_zeros()
    {
        var view = Build(Inadequate, Actual(30), null, new Figure(null, ObservationStatus.Suppressed, null, null), Actual(22));

        Assert.Equal([30m, null, null, 22m], view.Config!.Data.Datasets[0].Data);
        Assert.False(view.Config.Options.SpanGaps);
        Assert.Equal([CsvCell.Number(30), CsvCell.Empty, CsvCell.Text("c"), CsvCell.Number(22)], view.Table.Rows.Select(r => r.Cells[0].Csv));
        Assert.Equal(["30%", "–", "c", "22%"], view.Table.Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void The_target_line_follows_the_target_in_force_each_month_and_steps_between_months()
    {
        var view = Build(Inadequate, Actual(30), Actual(28), Actual(25), Actual(22));

        var target = view.Config!.Data.Datasets.Single(d => d.Label == "Target");
        Assert.Equal([15m, 15m, 10m, 10m], target.Data);
        Assert.Equal("middle", target.Stepped);
        Assert.Equal([8, 4], target.BorderDash);
    }

    [Fact]
    public void Lower_is_better_bands_put_green_below_and_red_above_for_each_target_period()
    {
        var view = Build(Inadequate, Actual(30), Actual(28), Actual(25), Actual(22));

        var bands = Bands(view);
        Assert.Equal(
        [
            ("green", -0.5m, 1.5m, null, 15m), ("amber", -0.5m, 1.5m, 15m, 25m), ("red", -0.5m, 1.5m, 25m, null),
            ("green", 1.5m, 3.5m, null, 10m), ("amber", 1.5m, 3.5m, 10m, 20m), ("red", 1.5m, 3.5m, 20m, null),
        ], bands);
        Assert.All(view.Config!.Options.Plugins.Annotation.Annotations.Values, a => Assert.Equal("beforeDatasetsDraw", a.DrawTime));
    }

    [Fact]
    public void Higher_is_better_bands_put_green_above_and_red_below()
    {
        var metric = Metric(Polarity.HigherIsBetter, MetricUnit.Percent, Target(2018, 4, 85, 85, 70));

        var bands = Bands(Build(metric, Actual(80), Actual(86), Actual(90), Actual(60)));

        Assert.Equal([("green", -0.5m, 3.5m, 85m, null), ("amber", -0.5m, 3.5m, 70m, 85m), ("red", -0.5m, 3.5m, null, 70m)], bands);
    }

    [Fact]
    public void Close_to_target_bands_surround_the_target_with_green_then_amber_then_red()
    {
        var metric = Metric(Polarity.CloseToTarget, MetricUnit.Count, Target(2018, 4, 100, 5, 10));

        var bands = Bands(Build(metric, Actual(100), Actual(103), Actual(108), Actual(120)));

        Assert.Equal(
        [
            ("green", -0.5m, 3.5m, 95m, 105m), ("amber", -0.5m, 3.5m, 90m, 95m), ("amber", -0.5m, 3.5m, 105m, 110m),
            ("red", -0.5m, 3.5m, null, 90m), ("red", -0.5m, 3.5m, 110m, null),
        ], bands);
    }

    [Fact]
    public void A_neutral_measure_has_neither_bands_nor_a_target_line()
    {
        var metric = Metric(Polarity.Neutral, MetricUnit.Count);

        var view = Build(metric, Actual(1213), Actual(1250), Actual(1190), Actual(1300));

        Assert.Empty(view.Config!.Options.Plugins.Annotation.Annotations);
        Assert.Single(view.Config.Data.Datasets);
    }

    [Fact]
    public void Points_are_coloured_and_shaped_by_their_judgement()
    {
        var view = Build(Inadequate, Actual(30), Actual(20), Actual(10), null);

        var series = view.Config!.Data.Datasets[0];
        Assert.Equal(["rectRot", "triangle", "circle", "rect"], Assert.IsType<IEnumerable<string>>(series.PointStyle, exactMatch: false));
        Assert.Equal(
            [RagLook.For(RagStatus.Red).Colour, RagLook.For(RagStatus.Amber).Colour, RagLook.For(RagStatus.Green).Colour, RagLook.For(RagStatus.NoData).Colour],
            Assert.IsType<IEnumerable<string>>(series.PointBackgroundColor, exactMatch: false));
    }

    [Fact]
    public void Tooltips_carry_the_judgement_whether_provisional_and_the_numerator_and_denominator()
    {
        var view = Build(Inadequate, Actual(29.2m, 7, 24), new Figure(20m, ObservationStatus.Provisional, 5, 25), null, Actual(8));

        Assert.Equal(
            [new PointDetail("Off target", 7, 24), new PointDetail("Near target (provisional)", 5, 25), null, new PointDetail("On target", null, null)],
            view.Config!.Data.Datasets[0].Details!);
    }

    [Fact]
    public void Events_in_the_window_become_labelled_vertical_lines_at_their_month_and_are_listed_under_the_chart()
    {
        var view = TrendChart.Build(Inadequate, NorthEast, FebToMay2020, Series(NorthEast, Actual(30), Actual(28), Actual(25), Actual(22)),
            [new EventMarker(new DateOnly(2020, 3, 23), "First national lockdown")]);

        var line = view.Config!.Options.Plugins.Annotation.Annotations["event-0"];
        Assert.Equal(("line", 1m, 1m), (line.Type, line.XMin!.Value, line.XMax!.Value));
        Assert.Equal("First national lockdown", line.Label!.Content);
        Assert.Equal(["Marked on the chart: 23 Mar 2020, First national lockdown."], view.Notes);
    }

    [Fact]
    public void A_long_event_is_cut_short_on_the_chart_but_listed_in_full_under_it()
    {
        const string text = "New assistant director starts in the North East quadrant";
        var view = TrendChart.Build(Inadequate, NorthEast, FebToMay2020, Series(NorthEast, Actual(30), Actual(28), Actual(25), Actual(22)),
            [new EventMarker(new DateOnly(2020, 5, 1), text)]);

        Assert.Equal("New assistant director starts in…", view.Config!.Options.Plugins.Annotation.Annotations["event-0"].Label!.Content);
        Assert.Equal([$"Marked on the chart: 1 May 2020, {text}."], view.Notes);
    }

    [Fact]
    public void An_area_without_figures_in_the_window_gets_no_chart_and_a_sentence_saying_so()
    {
        var view = Build(Inadequate, null, null, null, null);

        Assert.Null(view.Config);
        Assert.Equal("No figures for North East between Feb 2020 and May 2020.", view.Summary);
    }

    [Fact]
    public void The_table_lists_each_month_with_figure_status_target_judgement_and_fractions()
    {
        var view = Build(Inadequate, Actual(30, 9, 30), Actual(28, 7, 25), Actual(25, 6, 24), Actual(29.2m, 7, 24));

        Assert.Equal(["Figure", "Status", "Target", "Judgement", "Numerator", "Denominator"], view.Table.Columns);
        Assert.Equal(["29.2%", "Actual", "10%", "Off target", "7", "24"], view.Table.Rows[^1].Cells.Select(c => c.Text));
        Assert.Equal("Case audits graded inadequate (%): North East, Feb 2020 to May 2020", view.Table.Caption);
        Assert.Equal("audits-inadequate-pct-trend-NE-2020-05", view.FileName);
    }

    private static List<(string Rag, decimal XMin, decimal XMax, decimal? YMin, decimal? YMax)> Bands(ChartView view) =>
        [.. view.Config!.Options.Plugins.Annotation.Annotations
            .Where(a => a.Key.StartsWith("band-", StringComparison.Ordinal))
            .Select(a => (a.Key.Split('-')[^1], a.Value.XMin!.Value, a.Value.XMax!.Value, a.Value.YMin, a.Value.YMax))];
}
