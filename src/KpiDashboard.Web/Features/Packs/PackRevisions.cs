using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// Compares a published pack's stored figures with today's: each one restated since carries its current value and the
/// time of the import that changed it. The stored figures themselves never change. Today's figures are read as the
/// pack's audience may see them, so a pack for publication is never told a suppressed figure's value.
/// </summary>
public sealed class PackRevisions(IDbContextFactory<KpiDbContext> contextFactory, PublicationPlanner planner)
{
    public async Task<PackContent> ApplyAsync(PackContent content, CancellationToken cancellationToken)
    {
        var figures = content.Slides.SelectMany(s => s.Figures).ToList();
        if (figures.Count == 0)
        {
            return content;
        }

        var redactor = await PackContentBuilder.RedactorAsync(planner, content.ForPublication, cancellationToken);
        var current = await CurrentAsync(figures, redactor, cancellationToken);
        return content with
        {
            Slides = [.. content.Slides.Select(slide => slide with { Figures = [.. slide.Figures.Select(f => f with { Revised = Compare(f, current) })] })],
        };
    }

    private static PackFigureRevision? Compare(PackFigure published, IReadOnlyDictionary<(string, string, DateOnly), Now> current)
    {
        Now? now;
        if (published.SummedFrom is { } from)
        {
            var months = Enumerable.Range(0, (published.Month.Year - from.Year) * 12 + published.Month.Month - from.Month + 1).Select(from.AddMonths).ToList();
            var all = months.Select(m => current.GetValueOrDefault((published.MetricCode, published.AreaCode, m))).ToList();
            var parts = all.Where(p => p?.Value is not null).ToList();
            // A sum over a suppressed month would give that month back beside the others.
            now = all.Any(p => p?.Status == ObservationStatus.Suppressed) ? new Now(null, ObservationStatus.Suppressed, null)
                : parts.Count == 0 ? null : new Now(parts.Sum(p => p!.Value), ObservationStatus.Actual, parts.Max(p => p!.ChangedAt));
        }
        else
        {
            now = current.GetValueOrDefault(published.Key);
        }

        var (value, status) = now is null ? (null, ObservationStatus.NotAvailable) : (now.Value, now.Status);
        if (value == published.Value && (value is not null || status == published.Status))
        {
            return null;
        }

        return new PackFigureRevision(value, SlideParts.Text(value, status, published.Unit), status, now?.ChangedAt);
    }

    private sealed record Now(decimal? Value, ObservationStatus Status, DateTimeOffset? ChangedAt);

    private async Task<Dictionary<(string, string, DateOnly), Now>> CurrentAsync(List<PackFigure> figures, FigureRedactor redactor, CancellationToken cancellationToken)
    {
        var codes = figures.Select(f => f.MetricCode).Distinct().ToList();
        var first = figures.Min(f => f.SummedFrom ?? f.Month);
        var last = figures.Max(f => f.Month);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from f in db.Figures
                          join m in db.Metrics on f.MetricId equals m.Id
                          join a in db.Areas on f.AreaId equals a.Id
                          where codes.Contains(m.Code) && f.Period >= first && f.Period <= last
                          select new { Metric = m.Code, Area = a.Code, f.MetricId, f.AreaId, f.Period, f.Value, f.Status }).ToListAsync(cancellationToken);
        // When each figure was last written: its own import, or for one computed from the quadrants the latest of theirs.
        var written = await (from o in db.Observations
                             join i in db.Imports on o.ImportId equals i.Id
                             join m in db.Metrics on o.MetricId equals m.Id
                             where codes.Contains(m.Code) && o.Period >= first && o.Period <= last
                             select new { o.MetricId, o.AreaId, o.Period, i.ImportedAt }).ToListAsync(cancellationToken);
        var own = written.ToDictionary(w => (w.MetricId, w.AreaId, w.Period), w => w.ImportedAt);
        var latest = written.GroupBy(w => (w.MetricId, w.Period)).ToDictionary(g => g.Key, g => g.Max(w => w.ImportedAt));
        return rows.Select(r => (Row: r, Published: redactor.Publish(r.MetricId, r.AreaId, r.Period, r.Value, null, null, r.Status)))
            .ToDictionary(x => (x.Row.Metric, x.Row.Area, x.Row.Period), x => new Now(x.Published.Value, x.Published.Status,
                Written(x.Row.MetricId, x.Row.AreaId, x.Row.Period)));
        DateTimeOffset? Written(int metricId, int areaId, DateOnly period) =>
            own.TryGetValue((metricId, areaId, period), out var at) ? at : latest.TryGetValue((metricId, period), out var any) ? any : null;
    }
}
