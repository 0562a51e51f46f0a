using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.SpcSettings;

/// <summary>A metric's run lengths for the shift and trend rules (Making Data Count: 6, or 7 by choice).</summary>
public sealed record RunLengthsRow(string MetricCode, string MetricName, int ShiftLength, int TrendLength);

/// <summary>A month from which a metric's SPC limits are recalculated, for one area or all, and why.</summary>
public sealed record RecalculationRow(int Id, string MetricCode, string MetricName, string? AreaName, DateOnly StartsFrom, string Reason);

/// <summary>Reads and changes how each metric's SPC chart is read: run lengths and recalculation points. Changes are audited.</summary>
public sealed class SpcSettingsService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit)
{
    public const int MaxReasonLength = 500;
    public static readonly IReadOnlyList<int> RunLengths = [6, 7];

    public async Task<IReadOnlyList<RunLengthsRow>> RunLengthsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.SpcSettings.AsNoTracking().ToDictionaryAsync(s => s.MetricId, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Id, m.Code, m.Name }).ToListAsync(cancellationToken);
        return [.. metrics.Select(m => settings.GetValueOrDefault(m.Id) is { } s
            ? new RunLengthsRow(m.Code, m.Name, s.ShiftLength, s.TrendLength)
            : new RunLengthsRow(m.Code, m.Name, RunLengths[0], RunLengths[0]))];
    }

    public async Task<IReadOnlyList<RecalculationRow>> RecalculationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (from r in db.SpcRecalculations.AsNoTracking()
                      join m in db.Metrics on r.MetricId equals m.Id
                      join a in db.Areas on r.AreaId equals (int?)a.Id into areas
                      from a in areas.DefaultIfEmpty()
                      orderby m.SortOrder, r.StartsFrom
                      select new RecalculationRow(r.Id, m.Code, m.Name, a == null ? null : a.Name, r.StartsFrom, r.Reason))
            .ToListAsync(cancellationToken);
    }

    /// <returns>Null when saved, otherwise what was wrong.</returns>
    public async Task<string?> SaveRunLengthsAsync(string? metricCode, int shiftLength, int trendLength, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!RunLengths.Contains(shiftLength) || !RunLengths.Contains(trendLength))
        {
            var (rule, length) = RunLengths.Contains(shiftLength) ? ("trend", trendLength) : ("shift", shiftLength);
            return $"A {rule} must be 6 or 7 points long; {length} is not allowed.";
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await MetricIdAsync(db, metricCode, cancellationToken) is not { } metricId)
        {
            return UnknownMetric(metricCode);
        }

        var setting = await db.SpcSettings.FindAsync([metricId], cancellationToken);
        if (setting is null)
        {
            setting = new SpcSetting { MetricId = metricId };
            db.SpcSettings.Add(setting);
        }

        var was = $"shift {setting.ShiftLength}, trend {setting.TrendLength}";
        (setting.ShiftLength, setting.TrendLength) = (shiftLength, trendLength);
        audit.Add(db, actor, AuditActions.Settings, $"SPC run lengths of {metricCode}",
            $"{(db.Entry(setting).State == EntityState.Added ? "shift 6, trend 6" : was)} → shift {shiftLength}, trend {trendLength}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <param name="areaCode">Null or empty for every area.</param>
    /// <returns>Null when added, otherwise what was wrong.</returns>
    public async Task<string?> AddRecalculationAsync(string? metricCode, string? areaCode, DateOnly? month, string? reason, Actor actor,
        CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim() ?? "";
        if (month is null)
        {
            return "Give the month from which the limits are recalculated.";
        }

        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            return reason.Length == 0
                ? "Give the reason for the recalculation; it is shown on the chart."
                : $"The reason is {reason.Length} characters long; it can be at most {MaxReasonLength}.";
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await MetricIdAsync(db, metricCode, cancellationToken) is not { } metricId)
        {
            return UnknownMetric(metricCode);
        }

        var areaId = string.IsNullOrEmpty(areaCode) ? null
            : await db.Areas.Where(a => a.Code == areaCode).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrEmpty(areaCode) && areaId is null)
        {
            return $"There is no area with the code '{areaCode}'.";
        }

        var from = new DateOnly(month.Value.Year, month.Value.Month, 1);
        if (await db.SpcRecalculations.AnyAsync(r => r.MetricId == metricId && r.AreaId == areaId && r.StartsFrom == from, cancellationToken))
        {
            return $"This measure's limits are already recalculated from {FigureFormat.Month(from)} for {(areaId is null ? "every area" : "that area")}.";
        }

        db.SpcRecalculations.Add(new SpcRecalculationPoint { MetricId = metricId, AreaId = areaId, StartsFrom = from, Reason = reason });
        audit.Add(db, actor, AuditActions.Settings, $"SPC recalculation of {metricCode}",
            $"added from {Import.PeriodParser.Format(from)} for {(string.IsNullOrEmpty(areaCode) ? "every area" : areaCode)}: {reason}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task RemoveRecalculationAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var point = await db.SpcRecalculations.Where(r => r.Id == id)
            .Select(r => new { Point = r, Metric = db.Metrics.Where(m => m.Id == r.MetricId).Select(m => m.Code).Single(),
                Area = db.Areas.Where(a => a.Id == r.AreaId).Select(a => a.Code).SingleOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (point is not null)
        {
            db.SpcRecalculations.Remove(point.Point);
            audit.Add(db, actor, AuditActions.Settings, $"SPC recalculation of {point.Metric}",
                $"removed from {Import.PeriodParser.Format(point.Point.StartsFrom)} for {point.Area ?? "every area"}: {point.Point.Reason}");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Task<int?> MetricIdAsync(KpiDbContext db, string? code, CancellationToken cancellationToken) =>
        db.Metrics.Where(m => m.Code == code).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);

    private static string UnknownMetric(string? code) =>
        string.IsNullOrEmpty(code) ? "Choose a measure." : $"There is no measure with the code '{code}'.";
}
