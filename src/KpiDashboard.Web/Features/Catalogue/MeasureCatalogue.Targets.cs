using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>A measure's targets: each in force from its month until the next, so adding one never changes earlier months' judgements.</summary>
public sealed partial class MeasureCatalogue
{
    public Task<IReadOnlyList<RuleProblem>> AddTargetAsync(string code, TargetDraft draft, Actor actor, CancellationToken cancellationToken = default) =>
        SaveTargetAsync(code, null, draft, actor, cancellationToken);

    public Task<IReadOnlyList<RuleProblem>> EditTargetAsync(string code, int targetId, TargetDraft draft, Actor actor,
        CancellationToken cancellationToken = default) =>
        SaveTargetAsync(code, targetId, draft, actor, cancellationToken);

    public async Task<IReadOnlyList<RuleProblem>> RemoveTargetAsync(string code, int targetId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await FindTargetAsync(db, code, targetId, cancellationToken);
        if (found is not (_, { } target, var areaCode))
        {
            return [NoSuchTarget(code)];
        }

        db.MetricTargets.Remove(target);
        audit.Add(db, actor, AuditActions.TargetRemoved, code,
            $"{CatalogueWords.TargetHeading(code, target.EffectiveFrom, areaCode)}: {CatalogueWords.Target(Draft(target, areaCode))} → none");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private async Task<IReadOnlyList<RuleProblem>> SaveTargetAsync(string code, int? targetId, TargetDraft draft, Actor actor,
        CancellationToken cancellationToken)
    {
        draft = draft with { AreaCode = string.IsNullOrWhiteSpace(draft.AreaCode) ? null : draft.AreaCode.Trim() };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken) is not { } metric)
        {
            return [NoSuchMeasure(code)];
        }

        MetricTarget? target = null;
        string? oldArea = null;
        if (targetId is { } id)
        {
            if (await FindTargetAsync(db, code, id, cancellationToken) is not (_, { } found, var area))
            {
                return [NoSuchTarget(code)];
            }

            (target, oldArea) = (found, area);
        }

        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        var codeOfArea = areas.ToDictionary(a => a.Value, a => a.Key);
        var others = await db.MetricTargets.AsNoTracking().Where(t => t.MetricId == metric.Id && t.Id != targetId)
            .Select(t => new { t.EffectiveFrom, t.AreaId }).ToListAsync(cancellationToken);
        var context = new TargetContext(metric.Polarity, areas.Keys,
            [.. others.Select(t => (t.EffectiveFrom, t.AreaId is { } a ? codeOfArea[a] : null))]);
        var problems = TargetRules.Check(draft, context);
        if (problems.Count > 0)
        {
            return problems;
        }

        var month = draft.EffectiveFrom!.Value;
        var was = target is null ? "none" : CatalogueWords.Target(Draft(target, oldArea));
        var now = CatalogueWords.Target(draft);
        var heading = CatalogueWords.TargetHeading(code, month, draft.AreaCode);
        var headingBefore = target is null ? heading : CatalogueWords.TargetHeading(code, target.EffectiveFrom, oldArea);
        if (target is not null && was == now && headingBefore == heading)
        {
            return [];
        }

        var detail = headingBefore == heading
            ? $"{heading}: {was} → {now}"
            : $"{headingBefore}: {was} → {CatalogueWords.TargetWhen(month, draft.AreaCode)}: {now}";
        if (target is null)
        {
            target = new MetricTarget { MetricId = metric.Id };
            db.MetricTargets.Add(target);
        }

        (target.EffectiveFrom, target.AreaId, target.Target, target.Green, target.Red) =
            (month, draft.AreaCode is { } areaCode ? areas[areaCode] : null, draft.Target, draft.Green!.Value, draft.Red!.Value);
        audit.Add(db, actor, targetId is null ? AuditActions.TargetAdded : AuditActions.TargetChanged, code, detail);
        return await SaveAsync(db, code, cancellationToken) ?? [];
    }

    private static async Task<(Metric Metric, MetricTarget Target, string? AreaCode)?> FindTargetAsync(KpiDbContext db, string code, int targetId,
        CancellationToken cancellationToken)
    {
        var found = await (from t in db.MetricTargets
                           join m in db.Metrics on t.MetricId equals m.Id
                           where m.Code == code && t.Id == targetId
                           select new { Metric = m, Target = t, AreaCode = db.Areas.Where(a => a.Id == t.AreaId).Select(a => a.Code).SingleOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Metric, found.Target, found.AreaCode);
    }

    private static TargetDraft Draft(MetricTarget t, string? areaCode) => new(t.EffectiveFrom, areaCode, t.Target, t.Green, t.Red);

    private static RuleProblem NoSuchTarget(string code) =>
        new(CatalogueFields.EffectiveFrom, $"That target of {code} is no longer there: it may have been removed a moment ago.");
}
