using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Admin;

/// <summary>A page of the audit log, newest first, and how many entries the filter matched in all.</summary>
public sealed record AuditPageOfEntries(IReadOnlyList<AuditEvent> Entries, int Matched);

/// <summary>Reads the audit log through an <see cref="AuditFilter"/>, for the audit page and its CSV download.</summary>
public sealed class AuditQuery(IDbContextFactory<KpiDbContext> contextFactory)
{
    /// <summary>The most entries the page lists; the download has them all.</summary>
    public const int PageSize = 200;

    /// <summary>The most entries one download writes, so no request does unbounded work.</summary>
    public const int MaxDownloadRows = 100_000;

    public async Task<AuditPageOfEntries> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var matching = Apply(db.AuditEvents.AsNoTracking(), filter);
        var entries = await matching.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
        var matched = entries.Count < PageSize ? entries.Count : await matching.CountAsync(cancellationToken);
        return new AuditPageOfEntries(entries, matched);
    }

    /// <summary>Every matching entry (up to <see cref="MaxDownloadRows"/>), newest first, read as a stream.</summary>
    public async IAsyncEnumerable<AuditEvent> StreamAsync(AuditFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = Apply(db.AuditEvents.AsNoTracking(), filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxDownloadRows);
        await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    private static IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> entries, AuditFilter filter)
    {
        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.Who is { } who)
        {
            var pattern = Contains(who);
            entries = entries.Where(e => EF.Functions.ILike(e.Actor, pattern, "\\"));
        }

        if (filter.Text is { } text)
        {
            var pattern = Contains(text);
            entries = entries.Where(e => EF.Functions.ILike(e.Target, pattern, "\\") || EF.Functions.ILike(e.Detail, pattern, "\\"));
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }

    /// <summary>An ILIKE pattern matching the text anywhere, its own %, _ and \ taken literally.</summary>
    private static string Contains(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
