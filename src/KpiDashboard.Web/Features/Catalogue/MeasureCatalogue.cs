using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// Adds, edits, retires and restores measures and sets their roll-up rules; targets are in <c>MeasureCatalogue.Targets.cs</c>.
/// Each change is checked with the catalogue rules, made in one transaction with one audit line, and returns its problems
/// (none when it was made).
/// </summary>
public sealed partial class MeasureCatalogue(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    /// <param name="before">The code of the measure the new one is placed before; null to append it.</param>
    public async Task<IReadOnlyList<RuleProblem>> AddAsync(MeasureDraft draft, IReadOnlyList<PartDraft> parts, string? before, Actor actor,
        CancellationToken cancellationToken = default)
    {
        draft = Trimmed(draft);
        parts = Trimmed(parts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await db.Metrics.AsNoTracking().Select(m => new { m.Id, m.Code, m.Rollup, m.SortOrder }).ToListAsync(cancellationToken);
        var rollupOf = catalogue.ToDictionary(m => m.Code, m => m.Rollup);
        rollupOf[draft.Code] = draft.Rollup;
        var problems = MeasureRules.Check(draft, MeasureContext.ForNew([.. catalogue.Select(m => m.Code)]))
            .Concat(RollupRules.Check(draft.Code, draft.Rollup, parts, rollupOf)).ToList();
        var placeBefore = before is null ? null : catalogue.FirstOrDefault(m => m.Code == before);
        if (before is not null && placeBefore is null)
        {
            problems.Add(new RuleProblem("sort_order", $"There is no measure with the code {before} to place the new one before."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sortOrder = placeBefore?.SortOrder ?? (catalogue.Count == 0 ? 1 : catalogue.Max(m => m.SortOrder) + 1);
        if (placeBefore is not null)
        {
            await db.Metrics.Where(m => m.SortOrder >= sortOrder)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SortOrder, m => m.SortOrder + 1), cancellationToken);
        }

        var metric = new Metric { Code = draft.Code, Name = draft.Name, Theme = draft.Theme, Definition = draft.Definition, SortOrder = sortOrder };
        Apply(metric, draft);
        var ids = catalogue.ToDictionary(m => m.Code, m => m.Id);
        metric.Parts.AddRange(parts.Select(p => new RollupPart { PartMetricId = ids[p.Code], Role = p.Role }));
        db.Metrics.Add(metric);
        audit.Add(db, actor, AuditActions.MeasureAdded, draft.Code,
            $"none → {Describe(draft)}, roll-up {RollupRules.Describe(draft.Rollup, parts)}{(placeBefore is null ? "" : $", placed before {before}")}");
        return await SaveAsync(db, draft.Code, cancellationToken) ?? await CommitAsync(transaction, cancellationToken);
    }

    /// <summary>Changes a measure's fields, roll-up rule and parts; the code only while no figures are held under it.</summary>
    public async Task<IReadOnlyList<RuleProblem>> EditAsync(string code, MeasureDraft draft, IReadOnlyList<PartDraft> parts, Actor actor,
        CancellationToken cancellationToken = default)
    {
        draft = Trimmed(draft);
        parts = Trimmed(parts);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Metrics.Include(m => m.Parts).SingleOrDefaultAsync(m => m.Code == code, cancellationToken) is not { } metric)
        {
            return [NoSuchMeasure(code)];
        }

        var catalogue = await db.Metrics.AsNoTracking().Select(m => new { m.Id, m.Code, m.Rollup }).ToListAsync(cancellationToken);
        var codeOf = catalogue.ToDictionary(m => m.Id, m => m.Code);
        var rollupOf = catalogue.Where(m => m.Id != metric.Id).ToDictionary(m => m.Code, m => m.Rollup);
        rollupOf[draft.Code] = draft.Rollup;
        var partOf = await db.RollupParts.Where(p => p.PartMetricId == metric.Id).Select(p => p.MetricId).Distinct().ToListAsync(cancellationToken);
        var hasFigures = await db.Observations.AnyAsync(o => o.MetricId == metric.Id, cancellationToken);
        var context = new MeasureContext([.. catalogue.Select(m => m.Code)], metric.Code, hasFigures, [.. partOf.Select(id => codeOf[id])]);
        var problems = MeasureRules.Check(draft, context).Concat(RollupRules.Check(draft.Code, draft.Rollup, parts, rollupOf)).ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        var before = MeasureDraft.From(metric);
        var oldParts = PartsOf(metric, codeOf);
        var changes = Changes(before, draft);
        var ruleChanged = before.Rollup != draft.Rollup || !SameParts(oldParts, parts);
        if (changes.Count == 0 && !ruleChanged)
        {
            return [];
        }

        Apply(metric, draft);
        metric.Code = draft.Code;
        var ids = catalogue.ToDictionary(m => m.Code, m => m.Id);
        metric.Parts.RemoveAll(p => !parts.Contains(new PartDraft(codeOf[p.PartMetricId], p.Role)));
        metric.Parts.AddRange(parts.Where(p => !oldParts.Contains(p)).Select(p => new RollupPart { PartMetricId = ids[p.Code], Role = p.Role }));
        var rule = RollupRules.Describe(draft.Rollup, parts);
        if (ruleChanged)
        {
            changes.Add($"roll-up: {RollupRules.Describe(before.Rollup, oldParts)} → {rule}");
            db.Annotations.Add(new Annotation
            {
                Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), MetricId = metric.Id, Text = $"Roll-up rule changed: {rule}",
            });
        }

        var action = changes.Count == 1 && ruleChanged ? AuditActions.RollupChanged : AuditActions.MeasureEdited;
        audit.Add(db, actor, action, draft.Code, string.Join("; ", changes));
        return await SaveAsync(db, draft.Code, cancellationToken) ?? [];
    }

    /// <summary>Sets only the roll-up rule and its parts, keeping the measure's other fields.</summary>
    public async Task<IReadOnlyList<RuleProblem>> SetRollupAsync(string code, Rollup rollup, IReadOnlyList<PartDraft> parts, Actor actor,
        CancellationToken cancellationToken = default) =>
        await LoadAsync(code, cancellationToken) is { } record
            ? await EditAsync(code, record.Draft with { Rollup = rollup }, parts, actor, cancellationToken)
            : [NoSuchMeasure(code)];

    /// <summary>Takes a measure off the overview; its figures, targets and history stay.</summary>
    public Task<IReadOnlyList<RuleProblem>> RetireAsync(string code, Actor actor, CancellationToken cancellationToken = default) =>
        SetRetiredAsync(code, retire: true, actor, cancellationToken);

    /// <summary>Brings a retired measure back to the overview.</summary>
    public Task<IReadOnlyList<RuleProblem>> RestoreAsync(string code, Actor actor, CancellationToken cancellationToken = default) =>
        SetRetiredAsync(code, retire: false, actor, cancellationToken);

    private async Task<IReadOnlyList<RuleProblem>> SetRetiredAsync(string code, bool retire, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Metrics.SingleOrDefaultAsync(m => m.Code == code, cancellationToken) is not { } metric)
        {
            return [NoSuchMeasure(code)];
        }

        if (metric.RetiredAt is not null == retire)
        {
            return [new RuleProblem("retired", retire ? $"The measure {code} is already retired." : $"The measure {code} is not retired.")];
        }

        var now = clock.GetUtcNow();
        var was = metric.RetiredAt;
        metric.RetiredAt = retire ? now : null;
        audit.Add(db, actor, retire ? AuditActions.MeasureRetired : AuditActions.MeasureRestored, code,
            retire ? $"retired: no → {now:yyyy-MM-dd}" : $"retired: {was:yyyy-MM-dd} → no");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static void Apply(Metric metric, MeasureDraft draft)
    {
        (metric.Name, metric.Theme, metric.Definition, metric.Unit, metric.Decimals, metric.Polarity) =
            (draft.Name, draft.Theme, draft.Definition, draft.Unit, draft.Decimals, draft.Polarity);
        (metric.Frequency, metric.ReportingLagMonths, metric.SmallNumberSuppression, metric.Rollup) =
            (draft.Frequency, draft.ReportingLagMonths, draft.SmallNumberSuppression, draft.Rollup);
    }

    private static List<string> Changes(MeasureDraft was, MeasureDraft now)
    {
        var pairs = new (string Field, object Was, object Now)[]
        {
            ("code", was.Code, now.Code), ("name", was.Name, now.Name), ("theme", was.Theme, now.Theme),
            ("definition", was.Definition, now.Definition), ("unit", was.Unit, now.Unit), ("decimals", was.Decimals, now.Decimals),
            ("polarity", was.Polarity, now.Polarity), ("frequency", was.Frequency, now.Frequency),
            ("reporting lag", was.ReportingLagMonths, now.ReportingLagMonths),
            ("small-number suppression", was.SmallNumberSuppression, now.SmallNumberSuppression),
        };
        return [.. pairs.Where(p => !Equals(p.Was, p.Now)).Select(p => $"{p.Field}: {Word(p.Was)} → {Word(p.Now)}")];
    }

    private static string Word(object value) => value switch
    {
        bool yes => yes ? "yes" : "no",
        string text => $"'{text}'",
        _ => value.ToString() ?? "",
    };

    private static string Describe(MeasureDraft d) =>
        $"'{d.Name}' ({d.Theme}), {d.Unit}, {d.Decimals} decimals, {d.Polarity}, {d.Frequency}, lag {d.ReportingLagMonths}, "
        + $"suppression {(d.SmallNumberSuppression ? "yes" : "no")}";

    private static List<PartDraft> PartsOf(Metric metric, Dictionary<int, string> codeOf) =>
        [.. metric.Parts.OrderBy(p => p.Role).ThenBy(p => codeOf[p.PartMetricId], StringComparer.Ordinal).Select(p => new PartDraft(codeOf[p.PartMetricId], p.Role))];

    private static bool SameParts(IReadOnlyList<PartDraft> a, IReadOnlyList<PartDraft> b) => a.ToHashSet().SetEquals(b);

    private static MeasureDraft Trimmed(MeasureDraft d) =>
        d with { Code = d.Code.Trim(), Name = d.Name.Trim(), Theme = d.Theme.Trim(), Definition = d.Definition.Trim() };

    private static List<PartDraft> Trimmed(IReadOnlyList<PartDraft> parts) => [.. parts.Select(p => p with { Code = p.Code.Trim() }).Distinct()];

    private static RuleProblem NoSuchMeasure(string code) => new(CatalogueFields.Code, $"There is no measure with the code {code}.");

    /// <summary>Saves, or names the clash when another change took the same code or target first.</summary>
    private static async Task<IReadOnlyList<RuleProblem>?> SaveAsync(KpiDbContext db, string code, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return [unique.ConstraintName?.Contains("target", StringComparison.Ordinal) == true
                ? new RuleProblem(CatalogueFields.EffectiveFrom, "Another target for this month and area was saved a moment ago: reload the page.")
                : new RuleProblem(CatalogueFields.Code, $"The code {code} is already used by another measure.")];
        }
    }

    private static async Task<IReadOnlyList<RuleProblem>> CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
