using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KpiDashboard.Web.Features.Catalogue.Places;

/// <summary>One catalogue change: a transaction holding its table against other changes, checked, written and audited together.</summary>
internal static class CatalogueTransaction
{
    /// <summary>Begins the transaction and locks <paramref name="table"/>: readers carry on, a second change waits for this one.</summary>
    public static async Task<IDbContextTransaction> BeginLockedAsync(KpiDbContext db, string table, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
#pragma warning disable EF1002 // the table name is one of the service's own constants, never user input
        await db.Database.ExecuteSqlRawAsync($"lock table {table} in share row exclusive mode", cancellationToken);
#pragma warning restore EF1002
        return transaction;
    }

    /// <returns>Empty when saved and committed; the duplicate-code problem when the unique index refused it.</returns>
    public static async Task<IReadOnlyList<RuleProblem>> CommitAsync(
        KpiDbContext db, IDbContextTransaction transaction, string codeField, string duplicateCode, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Only possible if something outside these services wrote the table meanwhile.
            return [new RuleProblem(codeField, duplicateCode)];
        }
    }
}
