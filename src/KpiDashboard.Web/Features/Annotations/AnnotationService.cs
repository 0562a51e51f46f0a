using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Annotations;

/// <summary>An annotation as the page shows it; null metric or area means every measure or every area.</summary>
public sealed record AnnotationRow(int Id, DateOnly Date, string Text, string? MetricCode, string? MetricName, string? AreaCode, string? AreaName);

/// <summary>Creates, edits, deletes and lists the dated events drawn on charts; each change is in the audit log.</summary>
public sealed class AnnotationService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit)
{
    public const int MaxTextLength = 500;

    public async Task<IReadOnlyList<AnnotationRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Annotations.AsNoTracking().OrderBy(a => a.Date).ThenBy(a => a.Text)
            .Select(a => new AnnotationRow(a.Id, a.Date, a.Text, a.Metric!.Code, a.Metric.Name, a.Area!.Code, a.Area.Name))
            .ToListAsync(cancellationToken);
    }

    /// <param name="id">Null to create a new annotation.</param>
    /// <returns>Null when saved, otherwise what was wrong.</returns>
    public async Task<string?> SaveAsync(int? id, DateOnly? date, string? text, string? metricCode, string? areaCode, Actor actor,
        CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? "";
        if (date is null)
        {
            return "Give the date of the event.";
        }

        if (text.Length == 0 || text.Length > MaxTextLength)
        {
            return text.Length == 0 ? "Write what happened." : $"The text is {text.Length} characters long; it can be at most {MaxTextLength}.";
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metricId = string.IsNullOrEmpty(metricCode) ? null : await db.Metrics.Where(m => m.Code == metricCode).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);
        var areaId = string.IsNullOrEmpty(areaCode) ? null : await db.Areas.Where(a => a.Code == areaCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrEmpty(metricCode) && metricId is null)
        {
            return $"There is no measure with the code '{metricCode}'.";
        }

        if (!string.IsNullOrEmpty(areaCode) && areaId is null)
        {
            return $"There is no area with the code '{areaCode}'.";
        }

        if (await db.Annotations.AnyAsync(a => a.Date == date && a.Text == text && a.Id != id, cancellationToken))
        {
            return $"There is already an annotation '{text}' on {date.Value.ToString("d MMM yyyy", Components.Figures.FigureFormat.Uk)}.";
        }

        var annotation = id is { } existing ? await db.Annotations.FindAsync([existing], cancellationToken) : null;
        if (id is not null && annotation is null)
        {
            return "That annotation has been deleted by someone else.";
        }

        var was = annotation is null ? null : Describe(annotation.Date, annotation.Text);
        if (annotation is null)
        {
            annotation = new Annotation { Text = text };
            db.Annotations.Add(annotation);
        }

        (annotation.Date, annotation.Text, annotation.MetricId, annotation.AreaId) = (date.Value, text, metricId, areaId);
        var scope = $"{(string.IsNullOrEmpty(metricCode) ? "all measures" : metricCode)}, {(string.IsNullOrEmpty(areaCode) ? "all areas" : areaCode)}";
        audit.Add(db, actor, AuditActions.Annotation, Describe(date.Value, text),
            was is null ? $"added for {scope}" : $"edited (was {was}) for {scope}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Annotations.FindAsync([id], cancellationToken) is { } annotation)
        {
            db.Annotations.Remove(annotation);
            audit.Add(db, actor, AuditActions.Annotation, Describe(annotation.Date, annotation.Text), "deleted");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string Describe(DateOnly date, string text) => $"{date:yyyy-MM-dd} '{text}'";
}
