using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Spc;

/// <summary>One metric's XmR chart for one area, over every month with a figure.</summary>
public sealed record MetricSpcChart(string MetricCode, string MetricName, string AreaCode, string AreaName, SpcResult Result);

/// <summary>Loads a metric's series for an area (imported or computed from the quadrants) and reads it as an XmR chart.</summary>
public sealed class SpcQuery(IDbContextFactory<KpiDbContext> contextFactory)
{
    /// <returns>Null when the metric or area code is unknown.</returns>
    public async Task<MetricSpcChart?> LoadAsync(string metricCode, string areaCode, CancellationToken cancellationToken = default)
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
            .Select(f => new { f.Period, f.Value })
            .ToListAsync(cancellationToken);
        var setting = await db.SpcSettings.AsNoTracking().SingleOrDefaultAsync(s => s.MetricId == metric.Id, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking()
            .Where(r => r.MetricId == metric.Id && (r.AreaId == null || r.AreaId == area.Id)).ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking()
            .Where(b => b.MetricId == metric.Id && (b.AreaId == null || b.AreaId == area.Id)).ToListAsync(cancellationToken);
        var result = MetricSpc.Analyse(metric, area.Id, figures.Select(f => (f.Period, f.Value)), setting, recalculations, baselines);
        return new MetricSpcChart(metric.Code, metric.Name, area.Code, area.Name, result);
    }
}
