using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.SpcSettings;

/// <summary>A metric's run lengths for the shift and trend rules (Making Data Count: 6, or 7 by choice).</summary>
public sealed record RunLengthsRow(string MetricCode, string MetricName, int ShiftLength, int TrendLength);

/// <summary>A month from which a metric's SPC limits are recalculated, for one area or all, and why.</summary>
public sealed record RecalculationRow(int Id, string MetricCode, string MetricName, string? AreaName, DateOnly StartsFrom, string Reason);

/// <summary>The months a metric's first SPC limits are fixed on, for one area or (no area) every area.</summary>
public sealed record BaselineRow(int Id, string MetricCode, string MetricName, string? AreaCode, string? AreaName, DateOnly FirstMonth, DateOnly LastMonth);

/// <summary>Reads and changes how each metric's SPC chart is read: run lengths, recalculation points and baselines. Changes are audited.</summary>
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

    public async Task<IReadOnlyList<BaselineRow>> BaselinesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (from b in db.SpcBaselines.AsNoTracking()
                      join m in db.Metrics on b.MetricId equals m.Id
                      join a in db.Areas on b.AreaId equals (int?)a.Id into areas
                      from a in areas.DefaultIfEmpty()
                      orderby m.SortOrder, a == null ? "" : a.Code
                      select new BaselineRow(b.Id, m.Code, m.Name, a == null ? null : a.Code, a == null ? null : a.Name, b.FirstMonth, b.LastMonth))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sets (or replaces) the baseline of a measure for one area or, with no area, every area.</summary>
    /// <returns>The problems, each naming its field (see <see cref="BaselineEntry"/>); empty when saved.</returns>
    public async Task<IReadOnlyList<RuleProblem>> SaveBaselineAsync(string? metricCode, string? areaCode, DateOnly? firstMonth, DateOnly? lastMonth,
        Actor actor, CancellationToken cancellationToken = default)
    {
        var entry = new BaselineEntry(metricCode?.Trim() ?? "", string.IsNullOrWhiteSpace(areaCode) ? null : areaCode.Trim(),
            firstMonth is { } f ? new DateOnly(f.Year, f.Month, 1) : null, lastMonth is { } l ? new DateOnly(l.Year, l.Month, 1) : null);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Id, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        var problems = BaselineRules.Problems(entry, metrics.Keys.ToHashSet(), areas.Keys.ToHashSet());
        if (problems.Count > 0)
        {
            return problems;
        }

        var (metricId, areaId) = (metrics[entry.MetricCode], entry.AreaCode is null ? (int?)null : areas[entry.AreaCode]);
        var baseline = await db.SpcBaselines.SingleOrDefaultAsync(b => b.MetricId == metricId && b.AreaId == areaId, cancellationToken);
        var was = baseline is null ? "none" : BaselineRules.Describe(baseline.FirstMonth, baseline.LastMonth);
        if (baseline is null)
        {
            baseline = new SpcBaseline { MetricId = metricId, AreaId = areaId };
            db.SpcBaselines.Add(baseline);
        }

        (baseline.FirstMonth, baseline.LastMonth) = (entry.FirstMonth!.Value, entry.LastMonth!.Value);
        audit.Add(db, actor, AuditActions.Settings, $"SPC baseline of {entry.MetricCode}",
            $"{entry.AreaCode ?? "every area"}: {was} → {BaselineRules.Describe(baseline.FirstMonth, baseline.LastMonth)}");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task RemoveBaselineAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.SpcBaselines.Where(b => b.Id == id)
            .Select(b => new { Baseline = b, Metric = db.Metrics.Where(m => m.Id == b.MetricId).Select(m => m.Code).Single(),
                Area = db.Areas.Where(a => a.Id == b.AreaId).Select(a => a.Code).SingleOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            db.SpcBaselines.Remove(found.Baseline);
            audit.Add(db, actor, AuditActions.Settings, $"SPC baseline of {found.Metric}",
                $"{found.Area ?? "every area"}: {BaselineRules.Describe(found.Baseline.FirstMonth, found.Baseline.LastMonth)} → none");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static Task<int?> MetricIdAsync(KpiDbContext db, string? code, CancellationToken cancellationToken) =>
        db.Metrics.Where(m => m.Code == code).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);

    private static string UnknownMetric(string? code) =>
        string.IsNullOrEmpty(code) ? "Choose a measure." : $"There is no measure with the code '{code}'.";
}
