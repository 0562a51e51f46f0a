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
/// </summary>
public sealed class MetricDetailQuery(IDbContextFactory<KpiDbContext> contextFactory, BenchmarkService benchmarks, CommentaryService commentaries)
{
    public const int DefaultRange = 24;
    public const int GradeMonths = 6;
    public static readonly IReadOnlyList<int> Ranges = [6, 12, 24, 36];

    /// <returns>Null when no metric has the code.</returns>
    public Task<MetricDetailData?> LoadAsync(string code, string? areaCode, DateOnly? month, int? range, CancellationToken cancellationToken = default) =>
        LoadAsync(code, areaCode, month, range, null, cancellationToken);

    /// <param name="redactor">The audience's suppression plan, applied to every figure as it is read; null reads them as they are.</param>
    /// <returns>Null when no metric has the code.</returns>
    public async Task<MetricDetailData?> LoadAsync(
        string code, string? areaCode, DateOnly? month, int? range, FigureRedactor? redactor, CancellationToken cancellationToken)
    {
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
            return new MetricDetailData(facts, area, areas, months, size, [], areas.Select(a => new AreaSeries(a, [])).ToList(), [], null, null);
        }

        var end = month is { } m && months.Contains(m) ? m : months[0];
        var window = Enumerable.Range(0, size).Select(i => end.AddMonths(i - size + 1)).ToList();
        var figures = await FiguresAsync(db, [metric.Id], window[0], end, redactor, cancellationToken);
        var series = areas.Select(a => new AreaSeries(a, window.Select(p => figures.GetValueOrDefault((metric.Id, a.Id, p))).ToList())).ToList();

        var events = await db.Annotations.AsNoTracking()
            .Where(e => e.Date >= window[0] && e.Date < end.AddMonths(1))
            .Where(e => (e.MetricId == null || e.MetricId == metric.Id) && (e.AreaId == null || e.AreaId == area.Id))
            .OrderBy(e => e.Date).Select(e => new EventMarker(e.Date, e.Text)).ToListAsync(cancellationToken);

        var grades = MetricGroups.HasAuditGrades(code) ? await GradesAsync(db, areas, window, redactor, cancellationToken) : null;
        var workforce = MetricGroups.IsWorkforce(code) ? await WorkforceAsync(db, areas, end, redactor, cancellationToken) : null;
        return new MetricDetailData(facts, area, areas, months, size, window, series, events, grades, workforce)
        {
            Spc = await SpcAsync(db, metric, area, end, redactor, cancellationToken),
            Benchmarks = await benchmarks.ForMetricAsync(code, cancellationToken),
            Commentary = await commentaries.FindAsync(code, area.Code, end, cancellationToken),
        };
    }

    /// <summary>
    /// The area's XmR chart over every month with a figure up to the last month shown, so limits rest on the whole
    /// history. Limits and signals rest on every point, so publicly a series with a suppressed point has none.
    /// </summary>
    private static async Task<SpcResult> SpcAsync(
        KpiDbContext db, Metric metric, AreaChoice area, DateOnly end, FigureRedactor? redactor, CancellationToken cancellationToken)
    {
        if (redactor is { IsPublic: true } && !redactor.MayShowSpcSignals(metric.Id, area.Id))
        {
            return new SpcResult([], [], null, null);
        }

        var rows = await db.Figures.AsNoTracking()
            .Where(f => f.MetricId == metric.Id && f.AreaId == area.Id && f.Period <= end)
            .OrderBy(f => f.Period).ToListAsync(cancellationToken);
        var figures = rows.Select(f => new { f.Period, Published(f, redactor).Value });
        var setting = await db.SpcSettings.AsNoTracking().SingleOrDefaultAsync(s => s.MetricId == metric.Id, cancellationToken);
        var recalculations = await db.SpcRecalculations.AsNoTracking()
            .Where(r => r.MetricId == metric.Id && (r.AreaId == null || r.AreaId == area.Id)).ToListAsync(cancellationToken);
        var baselines = await db.SpcBaselines.AsNoTracking()
            .Where(b => b.MetricId == metric.Id && (b.AreaId == null || b.AreaId == area.Id)).ToListAsync(cancellationToken);
        return MetricSpc.Analyse(metric, area.Id, figures.Select(f => (f.Period, f.Value)), setting, recalculations, baselines);
    }

    private static async Task<Dictionary<(int Metric, int Area, DateOnly Period), Figure>> FiguresAsync(
        KpiDbContext db, IReadOnlyList<int> metricIds, DateOnly from, DateOnly to, FigureRedactor? redactor, CancellationToken cancellationToken) =>
        (await db.Figures.AsNoTracking()
            .Where(o => metricIds.Contains(o.MetricId) && o.Period >= from && o.Period <= to)
            .ToListAsync(cancellationToken))
            .ToDictionary(o => (o.MetricId, o.AreaId, o.Period), o => Published(o, redactor));

    /// <summary>A figure as the audience may see it: publicly, a suppressed one has no numbers and the status Suppressed.</summary>
    private static Figure Published(EffectiveFigure figure, FigureRedactor? redactor)
    {
        if (redactor is null)
        {
            return new Figure(figure.Value, figure.Status, figure.Numerator, figure.Denominator) { Computed = figure.Computed };
        }

        var published = redactor.Publish(figure);
        return new Figure(published.Value, published.Status, published.Numerator, published.Denominator) { Computed = figure.Computed };
    }

    private static async Task<IReadOnlyList<GradeCounts>> GradesAsync(
        KpiDbContext db, IReadOnlyList<AreaChoice> areas, IReadOnlyList<DateOnly> window, FigureRedactor? redactor, CancellationToken cancellationToken)
    {
        var codes = MetricGroups.AuditGrades.Select(g => g.Code).ToList();
        var ids = await db.Metrics.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var months = window.TakeLast(GradeMonths).ToList();
        var figures = await FiguresAsync(db, [.. ids.Values], months[0], months[^1], redactor, cancellationToken);
        Figure? Count(string grade, AreaChoice area, DateOnly month) =>
            ids.TryGetValue(grade, out var id) ? figures.GetValueOrDefault((id, area.Id, month)) : null;
        return [.. from area in areas.Where(a => a.Kind == AreaKind.Quadrant)
                   from month in months
                   let counts = codes.Select(c => Count(c, area, month)).ToList()
                   select new GradeCounts(area, month, [.. counts.Select(f => f?.Value)])
                   {
                       Suppressed = [.. counts.Select(f => f?.Status == ObservationStatus.Suppressed)],
                   }];
    }

    private static async Task<IReadOnlyList<WorkforceFigures>> WorkforceAsync(
        KpiDbContext db, IReadOnlyList<AreaChoice> areas, DateOnly month, FigureRedactor? redactor, CancellationToken cancellationToken)
    {
        var ids = await db.Metrics.Where(m => m.Code == MetricGroups.Appointed || m.Code == MetricGroups.Vacancies)
            .ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var from = month.AddMonths(-(WorkforceFigures.AppointmentMonths - 1));
        var figures = await FiguresAsync(db, [.. ids.Values], from, month, redactor, cancellationToken);
        decimal? Vacancies(AreaChoice area) =>
            ids.TryGetValue(MetricGroups.Vacancies, out var id) ? figures.GetValueOrDefault((id, area.Id, month))?.Value : null;
        // Appointments are summed over the recruitment window, as the committee hears them ("22 appointed since January").
        decimal? Appointed(AreaChoice area)
        {
            if (!ids.TryGetValue(MetricGroups.Appointed, out var id))
            {
                return null;
            }

            var months = Enumerable.Range(0, WorkforceFigures.AppointmentMonths)
                .Select(i => figures.GetValueOrDefault((id, area.Id, from.AddMonths(i)))).ToList();
            // A sum over a suppressed month would give that month back beside the others.
            if (months.Any(f => f?.Status == ObservationStatus.Suppressed))
            {
                return null;
            }

            var values = months.Select(f => f?.Value).Where(v => v is not null).ToList();
            return values.Count == 0 ? null : values.Sum();
        }

        return [.. areas.Where(a => a.Kind == AreaKind.Quadrant)
            .Select(a => new WorkforceFigures(a, Appointed(a), Vacancies(a)))];
    }
}
