using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Benchmarks;

/// <summary>A comparator's figure over its period, with the label a chart shows beside its reference line.</summary>
public sealed record BenchmarkPoint(DateOnly From, DateOnly To, string PeriodLabel, decimal Value, string Source);

/// <summary>One comparator's figures for a metric, oldest first.</summary>
public sealed record BenchmarkSeries(string ComparatorCode, string Name, IReadOnlyList<BenchmarkPoint> Points);

/// <summary>The comparator series (England, a region, statistical neighbours: the catalogue's comparators) for the trend chart.</summary>
public sealed class BenchmarkService(IDbContextFactory<KpiDbContext> contextFactory)
{
    /// <summary>"Apr 2019 to Mar 2020", or one month's name when the figure is for a single month.</summary>
    public static string PeriodLabel(DateOnly from, DateOnly to) =>
        from == to ? FigureFormat.Month(from) : $"{FigureFormat.Month(from)} to {FigureFormat.Month(to)}";

    public async Task<IReadOnlyList<BenchmarkSeries>> ForMetricAsync(string metricCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Benchmarks.AsNoTracking()
            .Where(b => b.MetricId == db.Metrics.Where(m => m.Code == metricCode).Select(m => m.Id).Single())
            .Include(b => b.Comparator)
            .OrderBy(b => b.Comparator!.SortOrder).ThenBy(b => b.From)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(b => b.ComparatorId)
            .Select(g => new BenchmarkSeries(g.First().Comparator!.Code, g.First().Comparator!.Name,
                g.Select(b => new BenchmarkPoint(b.From, b.To, PeriodLabel(b.From, b.To), b.Value, b.Source)).ToList()))
            .ToList();
    }
}
