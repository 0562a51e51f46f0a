using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using static KpiDashboard.Web.Features.Catalogue.Files.CatalogueCells;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Writes checked rows (new or changed ones) into the catalogue, matching each by its key; the caller saves and
/// commits. Areas, comparators and measures are written first, as the other files name them by code.
/// </summary>
internal static class CatalogueWriter
{
    public static async Task WriteAsync(KpiDbContext db, Dictionary<string, List<CatalogueRow>> rows, CancellationToken cancellationToken)
    {
        List<CatalogueRow> Rows(string file) => rows.GetValueOrDefault(file, []);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        foreach (var row in Rows(CatalogueFile.Areas))
        {
            var area = areas.GetValueOrDefault(row.Cells[0]) ?? (areas[row.Cells[0]] = db.Areas.Add(new Area { Code = row.Cells[0], Name = "" }).Entity);
            (area.Name, area.Kind, area.SortOrder) = (row.Cells[1], ParseEnum<AreaKind>(row.Cells[2]), row.Order);
        }

        var comparators = await db.Comparators.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var row in Rows(CatalogueFile.Comparators))
        {
            var comparator = comparators.GetValueOrDefault(row.Cells[0]) ?? db.Comparators.Add(new Comparator { Code = row.Cells[0], Name = "" }).Entity;
            (comparator.Name, comparator.SortOrder) = (row.Cells[1], row.Order);
        }

        var metrics = await db.Metrics.ToDictionaryAsync(m => m.Code, cancellationToken);
        foreach (var row in Rows(CatalogueFile.Metrics))
        {
            var metric = metrics.GetValueOrDefault(row.Cells[0])
                ?? (metrics[row.Cells[0]] = db.Metrics.Add(new Metric { Code = row.Cells[0], Name = "", Theme = "", Definition = "" }).Entity);
            Fill(metric, row);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in Rows(CatalogueFile.Areas))
        {
            areas[row.Cells[0]].ParentId = row.Cells[3].Length == 0 ? null : areas[row.Cells[3]].Id;
        }

        int Metric(string code) => metrics[code].Id;
        int? Area(string code) => code.Length == 0 ? null : areas[code].Id;
        WriteParts(db, Rows(CatalogueFile.RollupParts), Metric);
        await WriteTargetsAsync(db, Rows(CatalogueFile.Targets), Metric, Area, cancellationToken);
        await WriteSpcAsync(db, rows, Metric, Area, cancellationToken);
    }

    private static void Fill(Metric metric, CatalogueRow row)
    {
        var c = row.Cells;
        (metric.Name, metric.Theme, metric.Unit, metric.Decimals, metric.Polarity, metric.Frequency) =
            (c[1], c[2], ParseEnum<MetricUnit>(c[3]), ParseWhole(c[4])!.Value, ParseEnum<Polarity>(c[5]), ParseEnum<ReportingFrequency>(c[6]));
        (metric.ReportingLagMonths, metric.SmallNumberSuppression, metric.Rollup, metric.Definition, metric.SortOrder) =
            (ParseWhole(c[7])!.Value, c[8] == "yes", ParseEnum<Rollup>(c[9]), c[11], row.Order);
        var retired = ParseDate(c[10]);
        if (retired is null || Date(metric.RetiredAt) != c[10])
        {
            metric.RetiredAt = retired is { } r ? new DateTimeOffset(r.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        }
    }

    private static void WriteParts(KpiDbContext db, List<CatalogueRow> rows, Func<string, int> metric)
    {
        // A part's row is all key: a changed row cannot exist, so every row here is new.
        foreach (var row in rows)
        {
            db.RollupParts.Add(new RollupPart { MetricId = metric(row.Cells[0]), PartMetricId = metric(row.Cells[1]), Role = ParseEnum<PartRole>(row.Cells[2]) });
        }
    }

    private static async Task WriteTargetsAsync(KpiDbContext db, List<CatalogueRow> rows, Func<string, int> metric, Func<string, int?> area, CancellationToken cancellationToken)
    {
        var targets = await db.MetricTargets.ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var (metricId, areaId, from) = (metric(row.Cells[0]), area(row.Cells[1]), ParseMonth(row.Cells[2]));
            var target = targets.FirstOrDefault(t => t.MetricId == metricId && t.AreaId == areaId && t.EffectiveFrom == from)
                ?? db.MetricTargets.Add(new MetricTarget { MetricId = metricId, AreaId = areaId, EffectiveFrom = from }).Entity;
            (target.Target, target.Green, target.Red) = (ParseNumber(row.Cells[3]), ParseNumber(row.Cells[4])!.Value, ParseNumber(row.Cells[5])!.Value);
        }
    }

    private static async Task WriteSpcAsync(KpiDbContext db, Dictionary<string, List<CatalogueRow>> rows, Func<string, int> metric, Func<string, int?> area, CancellationToken cancellationToken)
    {
        var settings = await db.SpcSettings.ToListAsync(cancellationToken);
        foreach (var row in rows.GetValueOrDefault(CatalogueFile.SpcSettings, []))
        {
            var metricId = metric(row.Cells[0]);
            var setting = settings.FirstOrDefault(s => s.MetricId == metricId) ?? db.SpcSettings.Add(new SpcSetting { MetricId = metricId }).Entity;
            (setting.ShiftLength, setting.TrendLength) = (ParseWhole(row.Cells[1])!.Value, ParseWhole(row.Cells[2])!.Value);
        }

        var baselines = await db.SpcBaselines.ToListAsync(cancellationToken);
        foreach (var row in rows.GetValueOrDefault(CatalogueFile.SpcBaselines, []))
        {
            var (metricId, areaId) = (metric(row.Cells[0]), area(row.Cells[1]));
            var baseline = baselines.FirstOrDefault(b => b.MetricId == metricId && b.AreaId == areaId)
                ?? db.SpcBaselines.Add(new SpcBaseline { MetricId = metricId, AreaId = areaId }).Entity;
            (baseline.FirstMonth, baseline.LastMonth) = (ParseMonth(row.Cells[2]), ParseMonth(row.Cells[3]));
        }

        var recalculations = await db.SpcRecalculations.ToListAsync(cancellationToken);
        foreach (var row in rows.GetValueOrDefault(CatalogueFile.SpcRecalculations, []))
        {
            var (metricId, areaId, from) = (metric(row.Cells[0]), area(row.Cells[1]), ParseMonth(row.Cells[2]));
            var point = recalculations.FirstOrDefault(r => r.MetricId == metricId && r.AreaId == areaId && r.StartsFrom == from)
                ?? db.SpcRecalculations.Add(new SpcRecalculationPoint { MetricId = metricId, AreaId = areaId, StartsFrom = from, Reason = "" }).Entity;
            (point.BaselineMonths, point.Reason) = (ParseWhole(row.Cells[3]), row.Cells[4]);
        }
    }
}
