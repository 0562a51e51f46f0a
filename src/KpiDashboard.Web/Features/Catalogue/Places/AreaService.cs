using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Catalogue.Places;

/// <summary>
/// Adds and changes areas. Each change is checked with <see cref="AreaRules"/> against the areas as they are inside
/// its own transaction (the table is locked against other catalogue changes meanwhile, so two admins cannot make a
/// cycle between them) and audited in that transaction: all of it is written, or none.
/// </summary>
public sealed class AreaService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit)
{
    public async Task<IReadOnlyList<AreaRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, cancellationToken);
    }

    /// <returns>The problems, each naming its field; empty when the area was added.</returns>
    public async Task<IReadOnlyList<RuleProblem>> AddAsync(AreaEntry proposed, Actor actor, CancellationToken cancellationToken = default)
    {
        proposed = Tidy(proposed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CatalogueTransaction.BeginLockedAsync(db, "areas", cancellationToken);
        var areas = await ReadAsync(db, cancellationToken);
        var problems = AreaRules.ProblemsWithNew(proposed, [.. areas.Select(a => a.Entry)]);
        if (problems.Count > 0)
        {
            return problems;
        }

        db.Areas.Add(new Area
        {
            Code = proposed.Code,
            Name = proposed.Name,
            Kind = proposed.Kind,
            ParentId = await IdOfAsync(db, proposed.ParentCode, cancellationToken),
            SortOrder = proposed.SortOrder,
        });
        audit.Add(db, actor, AuditActions.AreaAdded, $"Area {proposed.Code}", Describe(proposed));
        return await CatalogueTransaction.CommitAsync(db, transaction, nameof(AreaEntry.Code), $"The code {proposed.Code} is already used by another area.", cancellationToken);
    }

    /// <returns>The problems, each naming its field; empty when the area was changed (or nothing changed).</returns>
    public async Task<IReadOnlyList<RuleProblem>> ChangeAsync(string currentCode, AreaEntry proposed, Actor actor, CancellationToken cancellationToken = default)
    {
        proposed = Tidy(proposed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CatalogueTransaction.BeginLockedAsync(db, "areas", cancellationToken);
        var areas = await ReadAsync(db, cancellationToken);
        var current = areas.FirstOrDefault(a => a.Code == currentCode);
        if (current is null)
        {
            return [new RuleProblem(nameof(AreaEntry.Code), $"There is no area with the code {currentCode}; it may have been changed meanwhile.")];
        }

        var problems = AreaRules.ProblemsWithChange(currentCode, proposed, [.. areas.Select(a => a.Entry)], current.HasFigures);
        var changes = Changes(current.Entry, proposed);
        if (problems.Count > 0 || changes.Count == 0)
        {
            return problems;
        }

        var area = await db.Areas.SingleAsync(a => a.Code == currentCode, cancellationToken);
        (area.Code, area.Name, area.Kind, area.SortOrder) = (proposed.Code, proposed.Name, proposed.Kind, proposed.SortOrder);
        area.ParentId = await IdOfAsync(db, proposed.ParentCode, cancellationToken);
        audit.Add(db, actor, AuditActions.AreaChanged, $"Area {currentCode}", string.Join("; ", changes));
        return await CatalogueTransaction.CommitAsync(db, transaction, nameof(AreaEntry.Code), $"The code {proposed.Code} is already used by another area.", cancellationToken);
    }

    /// <summary>What changed, as the audit log shows it: "parent SCC → NE".</summary>
    private static List<string> Changes(AreaEntry was, AreaEntry now)
    {
        var changes = new List<string>();
        Note(changes, "code", was.Code, now.Code);
        Note(changes, "name", was.Name, now.Name);
        Note(changes, "kind", AreaRules.Describe(was.Kind), AreaRules.Describe(now.Kind));
        Note(changes, "parent", was.ParentCode ?? "none", now.ParentCode ?? "none");
        Note(changes, "order", was.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), now.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return changes;
    }

    private static void Note(List<string> changes, string field, string was, string now)
    {
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            changes.Add($"{field} {was} → {now}");
        }
    }

    private static string Describe(AreaEntry area) =>
        $"added: {area.Name}, {AreaRules.Describe(area.Kind)}{(area.ParentCode is null ? "" : $" inside {area.ParentCode}")}, order {area.SortOrder}";

    private static AreaEntry Tidy(AreaEntry area) => area with
    {
        Code = area.Code?.Trim() ?? "",
        Name = area.Name?.Trim() ?? "",
        ParentCode = string.IsNullOrWhiteSpace(area.ParentCode) ? null : area.ParentCode.Trim(),
    };

    private static async Task<int?> IdOfAsync(KpiDbContext db, string? code, CancellationToken cancellationToken) =>
        code is null ? null : await db.Areas.Where(a => a.Code == code).Select(a => (int?)a.Id).SingleAsync(cancellationToken);

    private static async Task<IReadOnlyList<AreaRow>> ReadAsync(KpiDbContext db, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking()
            .OrderBy(a => a.Kind).ThenBy(a => a.SortOrder).ThenBy(a => a.Code)
            .Select(a => new AreaRow(a.Code, a.Name, a.Kind, a.Parent == null ? null : a.Parent.Code, a.Parent == null ? null : a.Parent.Name,
                a.SortOrder, db.Observations.Any(o => o.AreaId == a.Id)))
            .ToListAsync(cancellationToken);
}
