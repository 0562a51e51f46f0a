using KpiDashboard.Web.Components.Charts;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>The ways the first chart can show the chosen area's figures: against its target and benchmarks, or as an XmR chart.</summary>
public enum TrendView
{
    Trend,
    Spc,
}

/// <summary>
/// The charts a metric's detail page shows, in order: its trend (or its statistical process control view), the
/// area comparison, then audit grades or workforce where they apply.
/// </summary>
public static class MetricDetailCharts
{
    public static IReadOnlyList<ChartView> Build(MetricDetailData data, TrendView view = TrendView.Trend)
    {
        var charts = new List<ChartView>
        {
            First(data, view),
            Marked(ComparisonChart.Build(data.Metric, data.Window, data.ComparisonSeries)),
        };
        if (data.Grades is { } grades)
        {
            charts.Add(Marked(AuditGradeChart.Build(grades)));
        }

        if (data.Workforce is { } workforce && data.End is { } end)
        {
            charts.Add(Marked(WorkforceChart.Build(end, workforce)));
        }

        return charts;
    }

    /// <summary>The chosen area's figures as a trend or as an XmR chart.</summary>
    public static ChartView First(MetricDetailData data, TrendView view) => Marked(view == TrendView.Spc
        ? SpcChart.Build(data.Metric, data.Area, data.Window, data.Spc, data.SeriesFor(data.Area))
        : TrendChart.Build(data.Metric, data.Area, data.Window, data.SeriesFor(data.Area), data.Events, data.Benchmarks));

    // The internal audience's line under each chart: how many of its figures would be c if published.
    private static ChartView Marked(ChartView chart) => chart with { Notes = [.. chart.Notes, .. ChartParts.PublicationNote(chart.Table)] };
}
