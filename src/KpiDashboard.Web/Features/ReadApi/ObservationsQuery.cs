using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>A metric's figures for one area or all, between two months, each with its status and RAG.</summary>
public sealed class ObservationsQuery(IDbContextFactory<KpiDbContext> contextFactory)
{
    /// <returns>Null when the metric is unknown; the caller has already checked the area code.</returns>
    public async Task<IReadOnlyList<ObservationDto>?> LoadAsync(string metricCode, int? areaId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metric = await db.Metrics.AsNoTracking().Include(m => m.Targets).SingleOrDefaultAsync(m => m.Code == metricCode, cancellationToken);
        if (metric is null)
        {
            return null;
        }

        var query = db.Figures.AsNoTracking().Where(f => f.MetricId == metric.Id);
        query = areaId is { } id ? query.Where(f => f.AreaId == id) : query;
        query = from is { } start ? query.Where(f => f.Period >= start) : query;
        query = to is { } end ? query.Where(f => f.Period <= end) : query;
        var rows = await query
            .Join(db.Areas, f => f.AreaId, a => a.Id, (f, a) => new { Figure = f, a.Code, a.SortOrder })
            .OrderBy(r => r.Figure.Period).ThenBy(r => r.SortOrder)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ObservationDto(ApiNames.Month(r.Figure.Period), r.Code, metric.Code, r.Figure.Value,
            r.Figure.Numerator, r.Figure.Denominator, ApiNames.Of(r.Figure.Status),
            ApiNames.Of(RagEngine.Judge(metric.Polarity, RagEngine.TargetFor(metric.Targets, r.Figure.AreaId, r.Figure.Period), r.Figure.Value)),
            r.Figure.Computed)).ToList();
    }
}
