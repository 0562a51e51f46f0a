using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
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

    /// <summary>A figure's table cell: its value, <c>c</c> when suppressed, and for the internal audience the marker of one that would be <c>c</c> if published.</summary>
    public static TableCell FigureCell(Figure? figure, MetricUnit unit) => figure switch
    {
        null => TableCell.Empty,
        { Suppressed: true } => TableCell.Suppressed,
        _ => new TableCell(FigureFormat.Value(figure.Value, figure.Status, unit), CsvCell.Number(figure.Value)) { WhenPublished = SuppressionWords.Sentence(figure.WhenPublished) },
    };

    /// <summary>A figure's numerator or denominator, suppressed and marked with it.</summary>
    public static TableCell PartCell(Figure? figure, decimal? part) => figure switch
    {
        { Suppressed: true } => TableCell.Suppressed,
        _ => TableCell.Of(part, v => FigureFormat.Value(v, MetricUnit.Count)) is var cell && part is not null
            ? cell with { WhenPublished = SuppressionWords.Sentence(figure?.WhenPublished ?? SuppressionReason.None) }
            : TableCell.Empty,
    };

    /// <summary>For the internal audience, the line under a chart saying how many of its figures would be <c>c</c> if published.</summary>
    public static IEnumerable<string> PublicationNote(ChartTable table)
    {
        var marked = table.Rows.Sum(r => r.Cells.Count(c => c.WhenPublished is not null));
        return marked switch
        {
            0 => [],
            1 => ["1 figure in this chart's table would be shown as c when published; it is marked c* in the table."],
            _ => [$"{marked} figures in this chart's table would be shown as c when published; they are marked c* in the table."],
        };
    }

    public static ChartOptions LineOptions(MetricUnit unit, AnnotationOptions annotations, bool legend, bool pointStyleLegend) => new(
        new ChartScales(
            new ChartAxis { Ticks = new AxisTicks { MaxRotation = 0 } },
            new ChartAxis { BeginAtZero = true, Title = new AxisTitle(MetricWords.Unit(unit)) }),
        new ChartPlugins(new ChartLegend(legend, new LegendLabels(pointStyleLegend)), annotations));
}
