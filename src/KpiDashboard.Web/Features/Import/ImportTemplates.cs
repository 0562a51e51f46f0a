using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Empty upload files for the month after the latest one with figures, one per format, pre-filled with
/// the catalogue's metrics and areas so the analyst only types the numbers.
/// </summary>
public sealed class ImportTemplates(IDbContextFactory<KpiDbContext> contextFactory, TimeProvider clock)
{
    public async Task<DateOnly> NextMonthAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.Observations.MaxAsync(o => (DateOnly?)o.Period, cancellationToken);
        var now = clock.GetLocalNow();
        return latest?.AddMonths(1) ?? new DateOnly(now.Year, now.Month, 1);
    }

    /// <summary><c>period,area,metric,value,...</c>: one row per metric and area.</summary>
    public async Task<string> LongAsync(CancellationToken cancellationToken)
    {
        var (month, metrics, areas) = await LoadAsync(cancellationToken);
        return CsvWriter.ToText(csv =>
        {
            csv.WriteHeader("period", "area", "metric", "value", "numerator", "denominator", "status", "note");
            foreach (var metric in metrics)
            {
                foreach (var area in areas)
                {
                    csv.WriteRow(CsvCell.Text(month), CsvCell.Text(area), CsvCell.Text(metric),
                        CsvCell.Empty, CsvCell.Empty, CsvCell.Empty, CsvCell.Empty, CsvCell.Empty);
                }
            }
        });
    }

    /// <summary><c>period,metric,&lt;area&gt;...</c>: one row per metric, one column per area.</summary>
    public async Task<string> WideAsync(CancellationToken cancellationToken)
    {
        var (month, metrics, areas) = await LoadAsync(cancellationToken);
        return CsvWriter.ToText(csv =>
        {
            csv.WriteHeader(["period", "metric", .. areas]);
            foreach (var metric in metrics)
            {
                csv.WriteRow([CsvCell.Text(month), CsvCell.Text(metric), .. areas.Select(_ => CsvCell.Empty)]);
            }
        });
    }

    private async Task<(string Month, List<string> Metrics, List<string> Areas)> LoadAsync(CancellationToken cancellationToken)
    {
        var month = PeriodParser.Format(await NextMonthAsync(cancellationToken));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = await db.Metrics.OrderBy(m => m.SortOrder).Select(m => m.Code).ToListAsync(cancellationToken);
        var areas = await db.Areas.OrderBy(a => a.SortOrder).Select(a => a.Code).ToListAsync(cancellationToken);
        return (month, metrics, areas);
    }
}
