using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>The authority and its four quadrants on one chart, told apart by colour, dash pattern and point shape; the legend toggles each.</summary>
public static class ComparisonChart
{
    public const string Kind = "comparison";

    public static ChartView Build(MetricFacts metric, IReadOnlyList<DateOnly> months, IReadOnlyList<AreaSeries> series)
    {
        var values = series.Select(s => (s.Area, Values: (IReadOnlyList<decimal?>)[.. s.Figures.Select(f => f?.Value)])).ToList();
        var whole = series.FirstOrDefault(s => s.Area.Kind == Data.AreaKind.Authority)?.Area.Name ?? "The authority";
        var title = $"{whole} and its quadrants, {ChartParts.Span(months)}";

        var summary = ChartSummary.Comparison(metric.Unit, metric.Polarity, months, values);
        var table = new ChartTable($"{metric.Name} by area, {ChartParts.Span(months)}", "Month",
            [.. series.Select(s => s.Area.Name)],
            [.. months.Select((month, i) => new ChartTableRow(FigureFormat.Month(month),
                [.. series.Select(s => ChartParts.FigureCell(s.Figures[i], metric.Unit))]))]);
        var fileName = ChartParts.FileName(metric.Code, Kind, months.Count > 0 ? Import.PeriodParser.Format(months[^1]) : "");
        if (values.All(s => s.Values.All(v => v is null)))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        var datasets = series.Select((s, n) =>
        {
            var style = ChartPalette.ForArea(s.Area.Code, n);
            var authority = s.Area.Kind == Data.AreaKind.Authority;
            return new ChartDataset(s.Area.Name, values[n].Values)
            {
                BorderColor = style.Colour,
                BackgroundColor = style.Colour,
                BorderWidth = authority ? 3.5 : 2,
                BorderDash = style.Dash.Count > 0 ? style.Dash : null,
                PointStyle = style.PointStyle,
                PointRadius = 4,
                PointHoverRadius = 6,
                Details = [.. s.Figures.Select((f, i) => ChartParts.Detail(f,
                    RagEngine.Judge(metric.Polarity, RagEngine.TargetFor(metric.Targets, s.Area.Id, months[i]), f?.Value)))],
            };
        }).ToList();
        var config = new ChartConfig("line", new ChartData(ChartParts.MonthLabels(months), datasets),
            ChartParts.LineOptions(metric.Unit, AnnotationOptions.None, legend: true, pointStyleLegend: true), metric.Unit);
        return new ChartView(Kind, title, summary, config, table) { FileName = fileName, SeriesToggles = true };
    }
}
