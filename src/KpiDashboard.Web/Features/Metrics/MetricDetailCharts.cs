using KpiDashboard.Web.Components.Charts;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>The charts a metric's detail page shows, in order: its trend, the area comparison, then audit grades or workforce where they apply.</summary>
public static class MetricDetailCharts
{
    public static IReadOnlyList<ChartView> Build(MetricDetailData data)
    {
        var charts = new List<ChartView>
        {
            TrendChart.Build(data.Metric, data.Area, data.Window, data.SeriesFor(data.Area), data.Events),
            ComparisonChart.Build(data.Metric, data.Window, data.Series),
        };
        if (data.Grades is { } grades)
        {
            charts.Add(AuditGradeChart.Build(grades));
        }

        if (data.Workforce is { } workforce && data.End is { } end)
        {
            charts.Add(WorkforceChart.Build(end, workforce));
        }

        return charts;
    }
}
