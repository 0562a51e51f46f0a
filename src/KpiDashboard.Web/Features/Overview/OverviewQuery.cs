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
/// data-quality inputs and commentary come from one statement (<see cref="OverviewSql"/>); the tiles are built here,
/// from the figures as the audience may see them (<see cref="FigureRedactor"/>).
/// </summary>
public sealed class OverviewQuery(IDbContextFactory<KpiDbContext> contextFactory, NpgsqlDataSource dataSource, DataQualityQuery dataQuality, PublicationPlanner planner)
{
    public const int TrendMonths = 13;

    /// <param name="areaCode">An area code; unknown or missing means the authority.</param>
    /// <param name="month">The month to show; missing or without data means the latest month with data.</param>
    /// <param name="audience">The public sees suppressed figures as <c>c</c>, and no data-quality flags or commentary.</param>
    public Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, Audience audience, CancellationToken cancellationToken = default) =>
        LoadAsync(areaCode, month, planner.ForAsync(audience, cancellationToken), audience, cancellationToken);

    /// <summary>As above, through a redactor the caller holds: a pack reads all its slides through one plan.</summary>
    public Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, FigureRedactor redactor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        return LoadAsync(areaCode, month, Task.FromResult(redactor), redactor.Audience, cancellationToken);
    }

    private async Task<OverviewModel> LoadAsync(string? areaCode, DateOnly? month, Task<FigureRedactor> redactorRead, Audience audience, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => string.Equals(a.Code, areaCode, StringComparison.OrdinalIgnoreCase)) ?? areas.FirstOrDefault();
        var choices = areas.Select(a => new OverviewArea(a.Code, a.Name)).ToList();
        if (area is null)
        {
            return new OverviewModel(new OverviewArea("", ""), null, choices, [], []) { Audience = audience };
        }

        // The figures are read on a connection of their own while the catalogue loads.
        var figuresRead = OverviewSql.ReadAsync(dataSource, area.Id, month, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(x => x.Targets).ToDictionaryAsync(x => x.Id, cancellationToken);
        var spcSettings = await db.SpcSettings.AsNoTracking().ToDictionaryAsync(x => x.MetricId, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking().ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking().ToListAsync(cancellationToken);
        var rows = await figuresRead;
        var redactor = await redactorRead;
        var selected = new OverviewArea(area.Code, area.Name);
        if (rows.FirstOrDefault() is not { Month: { } chosen, Months: var months })
        {
            return new OverviewModel(selected, null, choices, [], []) { Audience = audience, FiguresAsAt = redactor.FiguresAsAt };
        }

        // Out-of-date is judged only on the latest month: an earlier month is old by choice. The public sees neither
        // data-quality flags (they describe unusual changes of figures it may not see) nor commentary (an analyst's free
        // text, which can quote a figure shown as c, and which no suppression step reads).
        var tiles = rows.Where(r => metrics.ContainsKey(r.MetricId)).Select(row => BuildTile(metrics[row.MetricId], area.Id, chosen, row,
            redactor, spcSettings.GetValueOrDefault(row.MetricId), recalculations, baselines) with
        {
            Flags = row.Quality is { } quality && !redactor.IsPublic ? dataQuality.FlagsFor(quality, checkOutOfDate: chosen == months[0]) : [],
            Commentary = redactor.IsPublic ? null : row.Commentary,
        }).ToList();

        return new OverviewModel(selected, chosen, choices, months, tiles) { Audience = audience, FiguresAsAt = redactor.FiguresAsAt };
    }

    private static KpiTileModel BuildTile(Metric metric, int areaId, DateOnly chosen, OverviewSql.Row row, FigureRedactor redactor,
        SpcSetting? spcSetting, List<SpcRecalculationPoint> recalculations, List<SpcBaseline> baselines)
    {
        // Every figure passes the redactor before anything is built from it: a suppressed month is a gap (null).
        var published = row.Periods.Select((period, i) => redactor.Publish(metric.Id, areaId, period, row.Values[i], null, null,
            period == chosen && row.Status is { } status ? status : Reported(row.Values[i]))).ToList();
        var history = published.Select(p => (Period: p.Key.Month, p.Value)).ToList();
        var series = history.ToDictionary(f => f.Period, f => f.Value);
        var current = published.FirstOrDefault(p => p.Key.Month == chosen);
        var derived = redactor.DerivedFor(metric.Id, areaId);
        var previousMonth = chosen.AddMonths(-1);
        var lastYear = chosen.AddYears(-1);
        var from = chosen.AddMonths(-(TrendMonths - 1));
        var target = RagEngine.TargetFor(metric.Targets, areaId, chosen);
        var trend = Enumerable.Range(0, TrendMonths)
            .Select(i => from.AddMonths(i))
            .Select(p => new TrendPoint(p, series.GetValueOrDefault(p)))
            .ToList();
        var spc = derived.MayShowSpcSignals ? MetricSpc.Analyse(metric, areaId, history, spcSetting, recalculations, baselines) : null;
        var value = current?.Value;
        return new KpiTileModel(metric.Code, metric.Name, metric.Theme, metric.Unit, metric.Polarity, chosen,
            value, current is null ? row.Status : current.Status, RagEngine.Judge(metric.Polarity, target, value), target?.Target,
            derived.MayShowMonthOnMonth(chosen) ? Change.Between(previousMonth, series.GetValueOrDefault(previousMonth), value, metric.Polarity) : null,
            derived.MayShowYearOnYear(chosen) ? Change.Between(lastYear, series.GetValueOrDefault(lastYear), value, metric.Polarity) : null,
            trend)
        {
            Computed = row.Computed,
            IsShare = metric.Rollup == Rollup.Share,
            Variation = spc?.Variation,
            Assurance = spc?.Assurance,
            WhenPublished = redactor.IsPublic ? SuppressionReason.None : current?.Reason ?? SuppressionReason.None,
        };
    }

    // The statement reads the status of the month shown only; an earlier month's figure is a number or none.
    private static ObservationStatus Reported(decimal? value) => value is null ? ObservationStatus.NotAvailable : ObservationStatus.Actual;
}
