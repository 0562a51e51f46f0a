using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Spc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>
/// Loads a metric's figures (imported, or computed from the quadrants: the <c>figures</c> view) for every area over a
/// window of months ending at the chosen month, with the chosen area's XmR chart, the benchmarks and the commentary.
/// Every figure passes the audience's <see cref="FigureRedactor"/> where it is read, before anything is built from it.
/// </summary>
public sealed class MetricDetailQuery(IDbContextFactory<KpiDbContext> contextFactory, BenchmarkService benchmarks, CommentaryService commentaries, PublicationPlanner planner)
{
    public const int DefaultRange = 24;
    public const int GradeMonths = 6;
    public static readonly IReadOnlyList<int> Ranges = [6, 12, 24, 36];

    /// <param name="audience">The public sees suppressed figures as <c>c</c> (gaps in charts), no SPC limits or signals on a
    /// series with one, and no commentary (free text that no suppression step reads).</param>
    /// <returns>Null when no metric has the code.</returns>
    public async Task<MetricDetailData?> LoadAsync(string code, string? areaCode, DateOnly? month, int? range, Audience audience, CancellationToken cancellationToken = default) =>
        await LoadAsync(code, areaCode, month, range, await planner.ForAsync(audience, cancellationToken), cancellationToken);

    /// <summary>As above, through a redactor the caller holds: a pack reads all its slides through one plan.</summary>
    public async Task<MetricDetailData?> LoadAsync(string code, string? areaCode, DateOnly? month, int? range, FigureRedactor redactor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        var audience = redactor.Audience;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metric = await db.Metrics.AsNoTracking().Include(m => m.Targets).FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (metric is null)
        {
            return null;
        }

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
            .Select(a => new AreaChoice(a.Id, a.Code, a.Name, a.Kind)).ToListAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => string.Equals(a.Code, areaCode, StringComparison.OrdinalIgnoreCase)) ?? areas[0];
        var months = await db.Observations.Where(o => o.MetricId == metric.Id)
            .Select(o => o.Period).Distinct().OrderByDescending(p => p).ToListAsync(cancellationToken);
        var size = range is { } r && Ranges.Contains(r) ? r : DefaultRange;
        var facts = new MetricFacts(metric.Code, metric.Name, metric.Theme, metric.Definition, metric.Unit, metric.Polarity, metric.Targets)
        {
            RetiredAt = metric.RetiredAt,
        };
        if (months.Count == 0)
        {
            return new MetricDetailData(facts, area, areas, months, size, [], areas.Select(a => new AreaSeries(a, [])).ToList(), [], null, null) { Audience = audience, FiguresAsAt = redactor.FiguresAsAt };
        }

        var end = month is { } m && months.Contains(m) ? m : months[0];
        var window = Enumerable.Range(0, size).Select(i => end.AddMonths(i - size + 1)).ToList();
        var figures = await FiguresAsync(db, redactor, [metric.Id], window[0], end, cancellationToken);
        var series = areas.Select(a => new AreaSeries(a, window.Select(p => figures.GetValueOrDefault((metric.Id, a.Id, p))).ToList())).ToList();

        var events = await db.Annotations.AsNoTracking()
            .Where(e => e.Date >= window[0] && e.Date < end.AddMonths(1))
            .Where(e => (e.MetricId == null || e.MetricId == metric.Id) && (e.AreaId == null || e.AreaId == area.Id))
            .OrderBy(e => e.Date).Select(e => new EventMarker(e.Date, e.Text)).ToListAsync(cancellationToken);

        var grades = MetricGroups.HasAuditGrades(code) ? await GradesAsync(db, redactor, areas, window, cancellationToken) : null;
        var workforce = MetricGroups.IsWorkforce(code) ? await WorkforceAsync(db, redactor, areas, end, cancellationToken) : null;
        return new MetricDetailData(facts, area, areas, months, size, window, series, events, grades, workforce)
        {
            Spc = await SpcAsync(db, redactor, metric, area, end, cancellationToken),
            Benchmarks = await benchmarks.ForMetricAsync(code, cancellationToken),
            Commentary = redactor.IsPublic ? null : await commentaries.FindAsync(code, area.Code, end, cancellationToken),
            Audience = audience,
            FiguresAsAt = redactor.FiguresAsAt,
        };
    }

    /// <summary>
    /// The area's XmR chart over every month with a figure up to the last month shown, so limits rest on the whole history.
    /// Limits and signals are worked out from every point, so publicly a series with a figure shown as c has neither: its
    /// points are the published figures alone.
    /// </summary>
    private static async Task<SpcResult> SpcAsync(KpiDbContext db, FigureRedactor redactor, Metric metric, AreaChoice area, DateOnly end, CancellationToken cancellationToken)
    {
        var figures = (await db.Figures.AsNoTracking()
            .Where(f => f.MetricId == metric.Id && f.AreaId == area.Id && f.Period <= end)
            .OrderBy(f => f.Period).ToListAsync(cancellationToken)).Select(redactor.Publish).ToList();
        if (!redactor.MayShowSpcSignals(metric.Id, area.Id))
        {
            return new SpcResult([.. figures.Where(f => f.Value is not null).Select(f => new SpcPoint(f.Key.Month, f.Value!.Value, SpcClass.Common, null, null))], [], null, null)
            {
                LimitsWithheld = true,
            };
        }

        var setting = await db.SpcSettings.AsNoTracking().SingleOrDefaultAsync(s => s.MetricId == metric.Id, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking()
            .Where(r => r.MetricId == metric.Id && (r.AreaId == null || r.AreaId == area.Id)).ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking()
            .Where(b => b.MetricId == metric.Id && (b.AreaId == null || b.AreaId == area.Id)).ToListAsync(cancellationToken);
        return MetricSpc.Analyse(metric, area.Id, figures.Select(f => (f.Key.Month, f.Value)), setting, recalculations, baselines);
    }

    private static async Task<Dictionary<(int Metric, int Area, DateOnly Period), Figure>> FiguresAsync(
        KpiDbContext db, FigureRedactor redactor, IReadOnlyList<int> metricIds, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await db.Figures.AsNoTracking()
            .Where(o => metricIds.Contains(o.MetricId) && o.Period >= from && o.Period <= to)
            .ToListAsync(cancellationToken))
            .ToDictionary(o => (o.MetricId, o.AreaId, o.Period), o => Figure.From(redactor.Publish(o), o.Computed, redactor.Audience));

    private static async Task<IReadOnlyList<GradeCounts>> GradesAsync(
        KpiDbContext db, FigureRedactor redactor, IReadOnlyList<AreaChoice> areas, IReadOnlyList<DateOnly> window, CancellationToken cancellationToken)
    {
        var codes = MetricGroups.AuditGrades.Select(g => g.Code).ToList();
        var ids = await db.Metrics.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var months = window.TakeLast(GradeMonths).ToList();
        var figures = await FiguresAsync(db, redactor, [.. ids.Values], months[0], months[^1], cancellationToken);
        return [.. from area in areas.Where(a => a.Kind == AreaKind.Quadrant)
                   from month in months
                   select GradeCounts.Of(area, month, [.. codes
                       .Select(c => ids.TryGetValue(c, out var id) ? figures.GetValueOrDefault((id, area.Id, month)) : null)])];
    }

    private static async Task<IReadOnlyList<WorkforceFigures>> WorkforceAsync(
        KpiDbContext db, FigureRedactor redactor, IReadOnlyList<AreaChoice> areas, DateOnly month, CancellationToken cancellationToken)
    {
        var ids = await db.Metrics.Where(m => m.Code == MetricGroups.Appointed || m.Code == MetricGroups.Vacancies)
            .ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var from = month.AddMonths(-(WorkforceFigures.AppointmentMonths - 1));
        var figures = await FiguresAsync(db, redactor, [.. ids.Values], from, month, cancellationToken);
        Figure? Vacancies(AreaChoice area) =>
            ids.TryGetValue(MetricGroups.Vacancies, out var id) ? figures.GetValueOrDefault((id, area.Id, month)) : null;
        // Appointments are summed over the recruitment window, as the committee hears them ("22 appointed since January").
        Figure? Appointed(AreaChoice area)
        {
            if (!ids.TryGetValue(MetricGroups.Appointed, out var id))
            {
                return null;
            }

            var found = Enumerable.Range(0, WorkforceFigures.AppointmentMonths)
                .Select(i => figures.GetValueOrDefault((id, area.Id, from.AddMonths(i))))
                .OfType<Figure>().ToList();
            return Figure.Sum(found);
        }

        return [.. areas.Where(a => a.Kind == AreaKind.Quadrant)
            .Select(a => WorkforceFigures.Of(a, Appointed(a), Vacancies(a)))];
    }
}
