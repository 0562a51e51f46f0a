using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>Pieces the slide builders share: tables as text, figures with their judgements.</summary>
internal static class SlideParts
{
    public static PackTable Table(ChartTable table) => new(table.Caption, table.RowHeading, table.Columns,
        [.. table.Rows.Select(r => new PackTableRow(r.Heading, [.. r.Cells.Select(c => c.Text)]))]);

    /// <summary>A figure with the target in force for its area and month and the RAG judgement against it.</summary>
    public static PackFigure Figure(MetricFacts metric, AreaChoice area, DateOnly month, Figure? figure)
    {
        var target = RagEngine.TargetFor(metric.Targets, area.Id, month);
        return new PackFigure(metric.Code, metric.Name, area.Code, area.Name, month, figure?.Value,
            Text(figure?.Value, figure?.Status ?? ObservationStatus.NotAvailable, metric.Unit),
            figure?.Status ?? ObservationStatus.NotAvailable, metric.Unit)
        {
            Target = target?.Target,
            Green = target?.Green,
            Red = target?.Red,
            Rag = RagEngine.Judge(metric.Polarity, target, figure?.Value),
            Computed = figure?.Computed ?? false,
        };
    }

    public static string Text(decimal? value, ObservationStatus status, MetricUnit unit) => FigureFormat.Value(value, status, unit);

    /// <summary>The latest month with figures on or before the pack's month, so a pack never shows a later month.</summary>
    public static DateOnly? MonthFor(IReadOnlyList<DateOnly> available, DateOnly month) =>
        available.Where(m => m <= month).Select(m => (DateOnly?)m).Max();
}
