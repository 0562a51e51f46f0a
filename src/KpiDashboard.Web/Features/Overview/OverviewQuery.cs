using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.DataQuality;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>Loads the overview tiles for an area and month: one tile per metric, in catalogue order.</summary>
public sealed class OverviewQuery(IDbContextFactory<KpiDbContext> contextFactory, DataQualityQuery dataQuality, CommentaryService commentaries)
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

        // Every figure of the area, in one read: its months make the month list, and the history up to the chosen
        // month (the SPC chart needs all of it) gives the tiles their value, changes and trend.
        var figures = await db.Figures.AsNoTracking()
            .Where(o => o.AreaId == area.Id)
            .Select(o => new OverviewFigure(o.MetricId, o.Period, o.Value, o.Status, o.Computed))
            .ToListAsync(cancellationToken);
        var months = figures.Select(f => f.Period).Distinct().OrderByDescending(p => p).ToList();
        var chosen = month is { } m && months.Contains(m) ? m : months.FirstOrDefault();
        var selected = new OverviewArea(area.Code, area.Name);
        if (months.Count == 0)
        {
            return new OverviewModel(selected, null, choices, months, []);
        }

        // The flags and the commentary are read on connections of their own while the catalogue loads.
        // Out-of-date is judged only on the latest month: an earlier month is old by choice.
        var qualityRead = dataQuality.LoadAsync(area.Id, chosen, checkOutOfDate: chosen == months[0], cancellationToken);
        var commentaryRead = commentaries.ForMonthAsync(area.Id, chosen, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(x => x.Targets).OrderBy(x => x.SortOrder).ToListAsync(cancellationToken);
        var spcSettings = await db.SpcSettings.AsNoTracking().ToDictionaryAsync(x => x.MetricId, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking().ToListAsync(cancellationToken);
        var quality = (await qualityRead).ToDictionary(q => q.MetricCode, q => q.Flags);
        var commentary = await commentaryRead;
        var byMetric = figures.Where(f => f.Period <= chosen).ToLookup(f => f.MetricId);

        var tiles = metrics.Select(metric => BuildTile(metric, area.Id, chosen, byMetric[metric.Id].OrderBy(f => f.Period).ToList(),
            spcSettings.GetValueOrDefault(metric.Id), recalculations) with
        {
            Flags = quality.GetValueOrDefault(metric.Code, []),
            Commentary = commentary.GetValueOrDefault(metric.Id),
        }).ToList();

        return new OverviewModel(selected, chosen, choices, months, tiles);
    }

    private static KpiTileModel BuildTile(Metric metric, int areaId, DateOnly chosen, List<OverviewFigure> history,
        SpcSetting? spcSetting, List<SpcRecalculationPoint> recalculations)
    {
        var series = history.ToDictionary(f => f.Period);
        var current = series.GetValueOrDefault(chosen);
        var previousMonth = chosen.AddMonths(-1);
        var lastYear = chosen.AddYears(-1);
        var from = chosen.AddMonths(-(TrendMonths - 1));
        var target = RagEngine.TargetFor(metric.Targets, areaId, chosen);
        var trend = Enumerable.Range(0, TrendMonths)
            .Select(i => from.AddMonths(i))
            .Select(p => new TrendPoint(p, series.GetValueOrDefault(p)?.Value))
            .ToList();
        var spc = MetricSpc.Analyse(metric, areaId, history.Select(f => (f.Period, f.Value)), spcSetting, recalculations);
        return new KpiTileModel(metric.Code, metric.Name, metric.Theme, metric.Unit, metric.Polarity, chosen,
            current?.Value, current?.Status, RagEngine.Judge(metric.Polarity, target, current?.Value), target?.Target,
            Change.Between(previousMonth, series.GetValueOrDefault(previousMonth)?.Value, current?.Value, metric.Polarity),
            Change.Between(lastYear, series.GetValueOrDefault(lastYear)?.Value, current?.Value, metric.Polarity),
            trend)
        {
            Computed = current?.Computed ?? false,
            Variation = spc.Variation,
            Assurance = spc.Assurance,
        };
    }

    private sealed record OverviewFigure(int MetricId, DateOnly Period, decimal? Value, ObservationStatus Status, bool Computed);
}
