using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>The metric catalogue with the targets in force this month, for the read API.</summary>
public sealed class CatalogueQuery(IDbContextFactory<KpiDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<MetricDto>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(m => m.Targets).OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return metrics.Select(m => new MetricDto(m.Code, m.Name, m.Theme, ApiNames.Of(m.Unit), ApiNames.Of(m.Polarity),
            ApiNames.Of(m.Rollup), m.Definition, CurrentTargets(m.Targets, today, areas))).ToList();
    }

    /// <summary>For each area with targets (and for all areas), the latest one effective by today.</summary>
    private static List<TargetDto> CurrentTargets(List<MetricTarget> targets, DateOnly today, Dictionary<int, string> areas) =>
        targets.Where(t => t.EffectiveFrom <= today)
            .GroupBy(t => t.AreaId)
            .Select(g => g.MaxBy(t => t.EffectiveFrom)!)
            .OrderBy(t => t.AreaId is null ? "" : areas[t.AreaId.Value], StringComparer.Ordinal)
            .Select(t => new TargetDto(t.AreaId is { } id ? areas[id] : null, ApiNames.Month(t.EffectiveFrom), t.Target, t.Green, t.Red))
            .ToList();
}
