using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using static KpiDashboard.Web.Features.Catalogue.Files.CatalogueCells;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// The catalogue in the database as the rows of its files, in the order export writes them: measures, areas and
/// comparators in their display order; everything else by measure (in display order), then area (every area first,
/// then in display order), then month.
/// </summary>
public static class CatalogueSnapshot
{
    public static async Task<Dictionary<string, List<CatalogueRow>>> ReadAsync(KpiDbContext db, CancellationToken cancellationToken)
    {
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.SortOrder).ThenBy(m => m.Code).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Code).ToListAsync(cancellationToken);
        var comparators = await db.Comparators.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        var metricOrder = metrics.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var metricCode = metrics.ToDictionary(m => m.Id, m => m.Code);
        var areaOrder = areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var areaCode = areas.ToDictionary(a => a.Id, a => a.Code);
        string Area(int? id) => id is { } a ? areaCode[a] : "";
        int AreaOrder(int? id) => id is { } a ? areaOrder[a] + 1 : 0;

        var parts = await db.RollupParts.AsNoTracking().ToListAsync(cancellationToken);
        var targets = await db.MetricTargets.AsNoTracking().ToListAsync(cancellationToken);
        var settings = await db.SpcSettings.AsNoTracking().ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking().ToListAsync(cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking().ToListAsync(cancellationToken);

        return new Dictionary<string, List<CatalogueRow>>
        {
            [CatalogueFile.Areas] = [.. areas.Select(a => new CatalogueRow(0,
                [a.Code, a.Name, Enum(a.Kind), Area(a.ParentId)], a.SortOrder))],
            [CatalogueFile.Comparators] = [.. comparators.Select(c => new CatalogueRow(0, [c.Code, c.Name], c.SortOrder))],
            [CatalogueFile.Metrics] = [.. metrics.Select(m => new CatalogueRow(0,
                [
                    m.Code, m.Name, m.Theme, Enum(m.Unit), Whole(m.Decimals), Enum(m.Polarity), Enum(m.Frequency),
                    Whole(m.ReportingLagMonths), YesNo(m.SmallNumberSuppression), Enum(m.Rollup), Date(m.RetiredAt), m.Definition,
                ], m.SortOrder))],
            [CatalogueFile.RollupParts] = [.. parts
                .OrderBy(p => metricOrder[p.MetricId]).ThenBy(p => p.Role).ThenBy(p => metricOrder[p.PartMetricId])
                .Select(p => new CatalogueRow(0, [metricCode[p.MetricId], metricCode[p.PartMetricId], Enum(p.Role)]))],
            [CatalogueFile.Targets] = [.. targets
                .OrderBy(t => metricOrder[t.MetricId]).ThenBy(t => AreaOrder(t.AreaId)).ThenBy(t => t.EffectiveFrom)
                .Select(t => new CatalogueRow(0, [metricCode[t.MetricId], Area(t.AreaId), Month(t.EffectiveFrom), Number(t.Target), Number(t.Green), Number(t.Red)]))],
            [CatalogueFile.SpcSettings] = [.. settings.OrderBy(s => metricOrder[s.MetricId])
                .Select(s => new CatalogueRow(0, [metricCode[s.MetricId], Whole(s.ShiftLength), Whole(s.TrendLength)]))],
            [CatalogueFile.SpcBaselines] = [.. baselines
                .OrderBy(b => metricOrder[b.MetricId]).ThenBy(b => AreaOrder(b.AreaId))
                .Select(b => new CatalogueRow(0, [metricCode[b.MetricId], Area(b.AreaId), Month(b.FirstMonth), Month(b.LastMonth)]))],
            [CatalogueFile.SpcRecalculations] = [.. recalculations
                .OrderBy(r => metricOrder[r.MetricId]).ThenBy(r => AreaOrder(r.AreaId)).ThenBy(r => r.StartsFrom)
                .Select(r => new CatalogueRow(0, [metricCode[r.MetricId], Area(r.AreaId), Month(r.StartsFrom), Whole(r.BaselineMonths), r.Reason]))],
        };
    }
}
