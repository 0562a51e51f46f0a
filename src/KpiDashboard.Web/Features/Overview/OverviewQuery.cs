using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.DataQuality;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>
/// Loads the overview tiles for an area and month: one tile per metric, in catalogue order. The area's figures,
/// data-quality inputs and commentary come from one statement (<see cref="OverviewSql"/>); the tiles are built here.
/// </summary>
public sealed class OverviewQuery(IDbContextFactory<KpiDbContext> contextFactory, NpgsqlDataSource dataSource, DataQualityQuery dataQuality)
{
    public const int TrendMonths = 13;

    /// <param name="areaCode">An area code; unknown or missing means the authority.</param>
    /// <param name="month">The month to show; missing or without data means the latest month with data.</param>
    public Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, CancellationToken cancellationToken = default) =>
        LoadAsync(areaCode, month, null, cancellationToken);

    /// <param name="redactor">The audience's suppression plan, applied to every figure as it is read; null reads them as they are.</param>
    public async Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, FigureRedactor? redactor, CancellationToken cancellationToken)
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

        // The figures are read on a connection of their own while the catalogue loads.
        var figuresRead = OverviewSql.ReadAsync(dataSource, area.Id, month, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(x => x.Targets).ToDictionaryAsync(x => x.Id, cancellationToken);
        var spcSettings = await db.SpcSettings.AsNoTracking().ToDictionaryAsync(x => x.MetricId, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking().ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking().ToListAsync(cancellationToken);
        var rows = redactor is null ? await figuresRead : [.. (await figuresRead).Select(r => OverviewRedaction.Apply(r, area.Id, redactor))];
        var selected = new OverviewArea(area.Code, area.Name);
        if (rows.FirstOrDefault() is not { Month: { } chosen, Months: var months })
        {
            return new OverviewModel(selected, null, choices, [], []);
        }

        // Out-of-date is judged only on the latest month: an earlier month is old by choice.
        var tiles = rows.Where(r => metrics.ContainsKey(r.MetricId)).Select(row => BuildTile(metrics[row.MetricId], area.Id, chosen, row,
            spcSettings.GetValueOrDefault(row.MetricId), recalculations, baselines) with
        {
            Flags = row.Quality is { } quality ? dataQuality.FlagsFor(quality, checkOutOfDate: chosen == months[0]) : [],
            Commentary = row.Commentary,
        }).Select(tile => OverviewRedaction.MayShowSignals(metrics, tile.Code, area.Id, redactor) ? tile : tile with { Variation = null, Assurance = null })
        .ToList();

        return new OverviewModel(selected, chosen, choices, months, tiles);
    }

    private static KpiTileModel BuildTile(Metric metric, int areaId, DateOnly chosen, OverviewSql.Row row,
        SpcSetting? spcSetting, List<SpcRecalculationPoint> recalculations, List<SpcBaseline> baselines)
    {
        var history = row.Periods.Select((period, i) => (Period: period, Value: row.Values[i])).ToList();
        var series = history.ToDictionary(f => f.Period, f => f.Value);
        var previousMonth = chosen.AddMonths(-1);
        var lastYear = chosen.AddYears(-1);
        var from = chosen.AddMonths(-(TrendMonths - 1));
        var target = RagEngine.TargetFor(metric.Targets, areaId, chosen);
        var trend = Enumerable.Range(0, TrendMonths)
            .Select(i => from.AddMonths(i))
            .Select(p => new TrendPoint(p, series.GetValueOrDefault(p)))
            .ToList();
        var spc = MetricSpc.Analyse(metric, areaId, history, spcSetting, recalculations, baselines);
        var current = series.GetValueOrDefault(chosen);
        return new KpiTileModel(metric.Code, metric.Name, metric.Theme, metric.Unit, metric.Polarity, chosen,
            current, row.Status, RagEngine.Judge(metric.Polarity, target, current), target?.Target,
            Change.Between(previousMonth, series.GetValueOrDefault(previousMonth), current, metric.Polarity),
            Change.Between(lastYear, series.GetValueOrDefault(lastYear), current, metric.Polarity),
            trend)
        {
            Computed = row.Computed,
            IsShare = metric.Rollup == Rollup.Share,
            Variation = spc.Variation,
            Assurance = spc.Assurance,
        };
    }
}
