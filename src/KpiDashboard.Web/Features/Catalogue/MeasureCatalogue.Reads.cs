using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>What the catalogue pages show: the list of measures, one measure to edit, and the choices its form offers.</summary>
public sealed partial class MeasureCatalogue
{
    public async Task<IReadOnlyList<MeasureSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(m => m.Targets).OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var month = new DateOnly(today.Year, today.Month, 1);
        return [.. metrics.Select(m => new MeasureSummary(m.Code, m.Name, m.Theme, m.Unit, m.Rollup, m.RetiredAt,
            m.Targets.Where(t => t.AreaId is null && t.EffectiveFrom <= month).MaxBy(t => t.EffectiveFrom) is { } t
                ? CatalogueWords.Target(new TargetDraft(t.EffectiveFrom, null, t.Target, t.Green, t.Red)) + $" (from {TargetRules.MonthText(t.EffectiveFrom)})"
                : m.Targets.Count > 0 ? "for some areas, or from a later month" : null))];
    }

    public async Task<MeasureRecord?> LoadAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Metrics.AsNoTracking().Include(m => m.Parts).Include(m => m.Targets)
                .SingleOrDefaultAsync(m => m.Code == code, cancellationToken) is not { } metric)
        {
            return null;
        }

        var codeOf = await db.Metrics.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, cancellationToken);
        var areaCodes = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var hasFigures = await db.Observations.AnyAsync(o => o.MetricId == metric.Id, cancellationToken);
        return new MeasureRecord(MeasureDraft.From(metric), hasFigures, metric.RetiredAt, PartsOf(metric, codeOf),
            [.. metric.Targets.OrderBy(t => t.EffectiveFrom).ThenBy(t => t.AreaId is null ? "" : areaCodes[t.AreaId.Value], StringComparer.Ordinal)
                .Select(t => new TargetRow(t.Id, t.EffectiveFrom, t.AreaId is { } a ? areaCodes[a] : null, t.Target, t.Green, t.Red))]);
    }

    /// <summary>The counts a share or ratio can be built from: measures that add up.</summary>
    public async Task<IReadOnlyList<CatalogueChoice>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Metrics.AsNoTracking().Where(m => m.Rollup == Rollup.Sum).OrderBy(m => m.SortOrder)
            .Select(m => new CatalogueChoice(m.Code, m.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CatalogueChoice>> AreasAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new CatalogueChoice(a.Code, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The measure's themes so far, for the form to suggest.</summary>
    public async Task<IReadOnlyList<string>> ThemesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Metrics.AsNoTracking().GroupBy(m => m.Theme).OrderBy(g => g.Min(m => m.SortOrder)).Select(g => g.Key).ToListAsync(cancellationToken);
    }
}
