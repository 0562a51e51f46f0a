using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Catalogue.Places;

/// <summary>Adds and changes comparators, checked with <see cref="ComparatorRules"/>, audited in the same transaction.</summary>
public sealed class ComparatorService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit)
{
    public async Task<IReadOnlyList<ComparatorRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, cancellationToken);
    }

    /// <returns>The problems, each naming its field; empty when the comparator was added.</returns>
    public async Task<IReadOnlyList<RuleProblem>> AddAsync(ComparatorEntry proposed, Actor actor, CancellationToken cancellationToken = default)
    {
        proposed = Tidy(proposed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CatalogueTransaction.BeginLockedAsync(db, "comparators", cancellationToken);
        var problems = ComparatorRules.ProblemsWithNew(proposed, [.. (await ReadAsync(db, cancellationToken)).Select(c => c.Entry)]);
        if (problems.Count > 0)
        {
            return problems;
        }

        db.Comparators.Add(new Comparator { Code = proposed.Code, Name = proposed.Name, SortOrder = proposed.SortOrder });
        audit.Add(db, actor, AuditActions.ComparatorAdded, $"Comparator {proposed.Code}", $"added: {proposed.Name}, order {proposed.SortOrder}");
        return await CommitAsync(db, transaction, proposed, cancellationToken);
    }

    /// <returns>The problems, each naming its field; empty when the comparator was changed (or nothing changed).</returns>
    public async Task<IReadOnlyList<RuleProblem>> ChangeAsync(string currentCode, ComparatorEntry proposed, Actor actor, CancellationToken cancellationToken = default)
    {
        proposed = Tidy(proposed);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await CatalogueTransaction.BeginLockedAsync(db, "comparators", cancellationToken);
        var comparators = await ReadAsync(db, cancellationToken);
        if (comparators.FirstOrDefault(c => c.Code == currentCode) is not { } current)
        {
            return [new RuleProblem(nameof(ComparatorEntry.Code), $"There is no comparator with the code {currentCode}; it may have been changed meanwhile.")];
        }

        var problems = ComparatorRules.ProblemsWithChange(currentCode, proposed, [.. comparators.Select(c => c.Entry)], current.HasBenchmarks);
        var changes = Changes(current.Entry, proposed);
        if (problems.Count > 0 || changes.Count == 0)
        {
            return problems;
        }

        var comparator = await db.Comparators.SingleAsync(c => c.Code == currentCode, cancellationToken);
        (comparator.Code, comparator.Name, comparator.SortOrder) = (proposed.Code, proposed.Name, proposed.SortOrder);
        audit.Add(db, actor, AuditActions.ComparatorChanged, $"Comparator {currentCode}", string.Join("; ", changes));
        return await CommitAsync(db, transaction, proposed, cancellationToken);
    }

    private static List<string> Changes(ComparatorEntry was, ComparatorEntry now) =>
    [
        .. new[]
        {
            ("code", was.Code, now.Code),
            ("name", was.Name, now.Name),
            ("order", was.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), now.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(c => !string.Equals(c.Item2, c.Item3, StringComparison.Ordinal)).Select(c => $"{c.Item1} {c.Item2} → {c.Item3}"),
    ];

    private static ComparatorEntry Tidy(ComparatorEntry comparator) =>
        comparator with { Code = comparator.Code?.Trim() ?? "", Name = comparator.Name?.Trim() ?? "" };

    private static Task<IReadOnlyList<RuleProblem>> CommitAsync(KpiDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        ComparatorEntry proposed, CancellationToken cancellationToken) =>
        CatalogueTransaction.CommitAsync(db, transaction, nameof(ComparatorEntry.Code), $"The code {proposed.Code} is already used by another comparator.", cancellationToken);

    private static async Task<IReadOnlyList<ComparatorRow>> ReadAsync(KpiDbContext db, CancellationToken cancellationToken) =>
        await db.Comparators.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new ComparatorRow(c.Code, c.Name, c.SortOrder, db.Benchmarks.Any(b => b.ComparatorId == c.Id)))
            .ToListAsync(cancellationToken);
}
