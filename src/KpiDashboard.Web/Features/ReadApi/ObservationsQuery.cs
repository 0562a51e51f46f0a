using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>
/// A metric's figures for one area or all, between two months, each with its status and RAG, as the audience may see
/// them: every figure passes through the <see cref="FigureRedactor"/> before anything is built from it.
/// </summary>
public sealed class ObservationsQuery(IDbContextFactory<KpiDbContext> contextFactory, PublicationPlanner planner)
{
    /// <returns>Null when the metric is unknown; the caller has already checked the area code.</returns>
    public async Task<IReadOnlyList<ObservationDto>?> LoadAsync(string metricCode, int? areaId, DateOnly? from, DateOnly? to, Audience audience, CancellationToken cancellationToken = default)
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
        var redactor = await planner.ForAsync(audience, cancellationToken);
        return rows.Select(r =>
        {
            var figure = redactor.Publish(r.Figure);
            var marked = !redactor.IsPublic;
            return new ObservationDto(ApiNames.Month(r.Figure.Period), r.Code, metric.Code, figure.Value,
                figure.Numerator, figure.Denominator, ApiNames.Of(figure.Status),
                ApiNames.Of(RagEngine.Judge(metric.Polarity, RagEngine.TargetFor(metric.Targets, r.Figure.AreaId, r.Figure.Period), figure.Value)),
                r.Figure.Computed,
                marked ? figure.SuppressedWhenPublished : null,
                marked && figure.SuppressedWhenPublished ? ApiNames.Of(figure.Reason) : null);
        }).ToList();
    }
}
