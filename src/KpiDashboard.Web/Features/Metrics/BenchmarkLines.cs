using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>
/// A comparator's figures laid over the trend's months: each figure covers every month of its period (an annual
/// figure is a level segment across its twelve months, stepped at the period's edge), null outside any period.
/// </summary>
public sealed record BenchmarkLine(BenchmarkSeries Series, IReadOnlyList<BenchmarkPoint?> Months)
{
    public string Label => $"{Series.Name} (benchmark)";

    public static IReadOnlyList<BenchmarkLine> Over(IReadOnlyList<DateOnly> months, IReadOnlyList<BenchmarkSeries> benchmarks) =>
        [.. benchmarks
            .Select(b => new BenchmarkLine(b, [.. months.Select(m => b.Points.FirstOrDefault(p => p.From <= m && m <= p.To))]))
            .Where(line => line.Months.Any(p => p is not null))];

    public ChartDataset Dataset(int index)
    {
        var style = ChartPalette.Benchmarks[index % ChartPalette.Benchmarks.Count];
        return new ChartDataset(Label, [.. Months.Select(p => p?.Value)])
        {
            BorderColor = style.Colour,
            // A white legend box with the coloured dashed outline, as the target's: the dash shows in the legend.
            BackgroundColor = ChartPalette.Background,
            BorderWidth = 2,
            BorderDash = style.Dash,
            PointStyle = style.PointStyle,
            PointRadius = 0,
            PointHoverRadius = 4,
            Stepped = "middle",
            Order = 3,
            Details = [.. Months.Select(p => p is null ? null : new PointDetail(Period(p), null, null))],
        };
    }

    public TableCell Cell(int month, MetricUnit unit) => Months[month] is { } p
        ? new TableCell($"{FigureFormat.Value(p.Value, unit)} ({p.PeriodLabel})", CsvCell.Number(p.Value))
        : TableCell.Empty;

    private static string Period(BenchmarkPoint p) => $"Figure for {p.PeriodLabel}; {p.Source.ToLowerInvariant()}";
}
