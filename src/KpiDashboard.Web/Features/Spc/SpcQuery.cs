using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// One metric's XmR chart for one area, over every month with a figure the audience may see. <see cref="SignalsShown"/>
/// is false when the audience may not see its limits and signals (publicly, a series with a suppressed point).
/// </summary>
public sealed record MetricSpcChart(string MetricCode, string MetricName, string AreaCode, string AreaName, SpcResult Result, bool SignalsShown);

/// <summary>Loads a metric's series for an area (imported or computed from the quadrants), as the audience may see it, and reads it as an XmR chart.</summary>
public sealed class SpcQuery(IDbContextFactory<KpiDbContext> contextFactory, PublicationPlanner planner)
{
    /// <returns>Null when the metric or area code is unknown.</returns>
    public async Task<MetricSpcChart?> LoadAsync(string metricCode, string areaCode, Audience audience, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metric = await db.Metrics.AsNoTracking().Include(m => m.Targets).SingleOrDefaultAsync(m => m.Code == metricCode, cancellationToken);
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == areaCode, cancellationToken);
        if (metric is null || area is null)
        {
            return null;
        }

        var figures = await db.Figures.AsNoTracking()
            .Where(f => f.MetricId == metric.Id && f.AreaId == area.Id)
            .OrderBy(f => f.Period)
            .ToListAsync(cancellationToken);
        var redactor = await planner.ForAsync(audience, cancellationToken);
        var setting = await db.SpcSettings.AsNoTracking().SingleOrDefaultAsync(s => s.MetricId == metric.Id, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking()
            .Where(r => r.MetricId == metric.Id && (r.AreaId == null || r.AreaId == area.Id)).ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking()
            .Where(b => b.MetricId == metric.Id && (b.AreaId == null || b.AreaId == area.Id)).ToListAsync(cancellationToken);
        var published = figures.Select(redactor.Publish).ToList();
        var result = MetricSpc.Analyse(metric, area.Id, published.Select(f => (f.Key.Month, f.Value)), setting, recalculations, baselines);
        var signalsShown = !redactor.IsPublic || (redactor.MayShowSpcSignals(metric.Id, area.Id) && published.All(f => f.Reason == SuppressionReason.None));
        return new MetricSpcChart(metric.Code, metric.Name, area.Code, area.Name, result, signalsShown);
    }
}
