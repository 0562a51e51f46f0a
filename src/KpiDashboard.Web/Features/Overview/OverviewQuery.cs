using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>Loads the overview tiles for an area and month: one tile per metric, in catalogue order.</summary>
public sealed class OverviewQuery(IDbContextFactory<KpiDbContext> contextFactory)
{
    public const int TrendMonths = 13;

    /// <param name="areaCode">An area code; unknown or missing means the authority.</param>
    /// <param name="month">The month to show; missing or without data means the latest month with data.</param>
    public async Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => string.Equals(a.Code, areaCode, StringComparison.OrdinalIgnoreCase)) ?? areas.FirstOrDefault();
        var choices = areas.Select(a => new OverviewArea(a.Code, a.Name)).ToList();
        if (area is null)
        {
            return new OverviewModel(new OverviewArea("", ""), null, choices, [], []);
        }

        var months = await db.Figures.Where(o => o.AreaId == area.Id)
            .Select(o => o.Period).Distinct().OrderByDescending(p => p).ToListAsync(cancellationToken);
        var chosen = month is { } m && months.Contains(m) ? m : months.FirstOrDefault();
        var selected = new OverviewArea(area.Code, area.Name);
        if (months.Count == 0)
        {
            return new OverviewModel(selected, null, choices, months, []);
        }

        var from = chosen.AddMonths(-(TrendMonths - 1));
        var lastYear = chosen.AddYears(-1);
        var figures = await db.Figures.AsNoTracking()
            .Where(o => o.AreaId == area.Id && ((o.Period >= from && o.Period <= chosen) || o.Period == lastYear))
            .Select(o => new { o.MetricId, o.Period, o.Value, o.Status, o.Computed })
            .ToListAsync(cancellationToken);
        var byMetric = figures.ToLookup(f => f.MetricId);
        var metrics = await db.Metrics.AsNoTracking().Include(x => x.Targets).OrderBy(x => x.SortOrder).ToListAsync(cancellationToken);

        var tiles = metrics.Select(metric =>
        {
            var series = byMetric[metric.Id].ToDictionary(f => f.Period);
            var current = series.GetValueOrDefault(chosen);
            var previousMonth = chosen.AddMonths(-1);
            var target = RagEngine.TargetFor(metric.Targets, area.Id, chosen);
            var trend = Enumerable.Range(0, TrendMonths)
                .Select(i => from.AddMonths(i))
                .Select(p => new TrendPoint(p, series.GetValueOrDefault(p)?.Value))
                .ToList();
            return new KpiTileModel(metric.Code, metric.Name, metric.Theme, metric.Unit, metric.Polarity, chosen,
                current?.Value, current?.Status, RagEngine.Judge(metric.Polarity, target, current?.Value), target?.Target,
                Change.Between(previousMonth, series.GetValueOrDefault(previousMonth)?.Value, current?.Value, metric.Polarity),
                Change.Between(lastYear, series.GetValueOrDefault(lastYear)?.Value, current?.Value, metric.Polarity),
                trend)
            {
                Computed = current?.Computed ?? false,
            };
        }).ToList();

        return new OverviewModel(selected, chosen, choices, months, tiles);
    }
}
