using System.Text;
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
        var csv = new StringBuilder("period,area,metric,value,numerator,denominator,status,note\n");
        foreach (var metric in metrics)
        {
            foreach (var area in areas)
            {
                csv.Append(month).Append(',').Append(area).Append(',').Append(metric).Append(",,,,,\n");
            }
        }

        return csv.ToString();
    }

    /// <summary><c>period,metric,&lt;area&gt;...</c>: one row per metric, one column per area.</summary>
    public async Task<string> WideAsync(CancellationToken cancellationToken)
    {
        var (month, metrics, areas) = await LoadAsync(cancellationToken);
        var csv = new StringBuilder("period,metric,").AppendJoin(',', areas).Append('\n');
        foreach (var metric in metrics)
        {
            csv.Append(month).Append(',').Append(metric).Append(',', areas.Count).Append('\n');
        }

        return csv.ToString();
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
