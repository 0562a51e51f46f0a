using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Commentary;

/// <summary>
/// Writes and reads the narrative on a metric's month. Editing keeps the earlier text as history. The author is the
/// account that wrote it, and each change is in the audit log, written in the same transaction.
/// </summary>
public sealed class CommentaryService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    public const int MaxTextLength = 4000;

    public async Task<CommentarySaveResult> SaveAsync(string metricCode, string areaCode, DateOnly period, string? text, Actor actor, CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? "";
        if (Check(text) is { } problem)
        {
            return new(problem);
        }

        var author = actor.Name;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metric = await db.Metrics.SingleOrDefaultAsync(m => m.Code == metricCode, cancellationToken);
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Code == areaCode, cancellationToken);
        if (metric is null || area is null)
        {
            return new(metric is null ? $"There is no measure with the code '{metricCode}'." : $"There is no area with the code '{areaCode}'.");
        }

        var month = new DateOnly(period.Year, period.Month, 1);
        var existing = await db.Commentaries.Include(c => c.Edits)
            .SingleOrDefaultAsync(c => c.MetricId == metric.Id && c.AreaId == area.Id && c.Period == month, cancellationToken);
        var now = clock.GetUtcNow();
        if (existing is null)
        {
            db.Commentaries.Add(new Data.Commentary { MetricId = metric.Id, AreaId = area.Id, Period = month, Text = text, Author = author, WrittenAt = now });
        }
        else if (existing.Text != text)
        {
            existing.Edits.Add(new CommentaryEdit { Text = existing.Text, Author = existing.Author, WrittenAt = existing.WrittenAt });
            (existing.Text, existing.Author, existing.WrittenAt) = (text, author, now);
        }
        else
        {
            return new(null);
        }

        audit.Add(db, actor, AuditActions.Commentary, $"{metric.Code}, {area.Code}, {Import.PeriodParser.Format(month)}",
            (existing is null ? "written: " : "edited: ") + text);
        await db.SaveChangesAsync(cancellationToken);
        return new(null);
    }

    public async Task<CommentaryView?> FindAsync(string metricCode, string areaCode, DateOnly period, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Commentaries.AsNoTracking().Include(c => c.Edits)
            .Where(c => c.Period == period
                && c.MetricId == db.Metrics.Where(m => m.Code == metricCode).Select(m => m.Id).Single()
                && c.AreaId == db.Areas.Where(a => a.Code == areaCode).Select(a => a.Id).Single())
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new CommentaryView(metricCode, areaCode, period,
            new(found.Text, found.Author, found.WrittenAt),
            found.Edits.OrderByDescending(e => e.WrittenAt).Select(e => new CommentaryVersion(e.Text, e.Author, e.WrittenAt)).ToList());
    }

    public async Task<CommentaryChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new Choice(m.Code, m.Name)).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Choice(a.Code, a.Name)).ToListAsync(cancellationToken);
        var months = await db.Observations.Select(o => o.Period).Distinct().OrderByDescending(p => p).ToListAsync(cancellationToken);
        return new(metrics, areas, months);
    }

    private static string? Check(string text) => text.Length switch
    {
        0 => "Write the commentary before saving it.",
        > MaxTextLength => $"The commentary is {text.Length:N0} characters long; it can be at most {MaxTextLength:N0}.",
        _ => null,
    };

    /// <summary>When a version was written, as a committee paper would put it: 26 Nov 2026, 14:05.</summary>
    public static string When(DateTimeOffset writtenAt) => writtenAt.ToLocalTime().ToString("d MMM yyyy, HH:mm", FigureFormat.Uk);
}
