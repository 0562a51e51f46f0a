using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>Pieces the detail page's chart builders share.</summary>
internal static class ChartParts
{
    public static IReadOnlyList<object> MonthLabels(IEnumerable<DateOnly> months) => [.. months.Select(m => (object)FigureFormat.Month(m))];

    public static string Span(IReadOnlyList<DateOnly> months) =>
        months.Count == 0 ? "" : $"{FigureFormat.Month(months[0])} to {FigureFormat.Month(months[^1])}";

    public static string FileName(params string[] parts) => string.Join('-', parts.Where(p => p.Length > 0));

    /// <summary>What a tooltip says about a figure: its judgement, whether it is provisional, and its numerator and denominator.</summary>
    public static PointDetail? Detail(Figure? figure, RagStatus rag)
    {
        if (figure is null)
        {
            return null;
        }

        var status = figure.Status == ObservationStatus.Actual && !figure.Computed
            ? RagLook.For(rag).Label
            : $"{RagLook.For(rag).Label} ({MetricWords.Status(figure).ToLowerInvariant()})";
        return new PointDetail(status, figure.Numerator, figure.Denominator);
    }

    public static ChartOptions LineOptions(MetricUnit unit, AnnotationOptions annotations, bool legend, bool pointStyleLegend) => new(
        new ChartScales(
            new ChartAxis { Ticks = new AxisTicks { MaxRotation = 0 } },
            new ChartAxis { BeginAtZero = true, Title = new AxisTitle(MetricWords.Unit(unit)) }),
        new ChartPlugins(new ChartLegend(legend, new LegendLabels(pointStyleLegend)), annotations));
}
