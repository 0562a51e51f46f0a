using System.Globalization;
using KpiDashboard.Web.Features.Access;
using Npgsql;

namespace KpiDashboard.Web.Features.Import;

/// <summary>The outcome of an undo, with the sentence to show the analyst.</summary>
public sealed record UndoResult(bool Undone, string Message);

/// <summary>
/// Undoes a committed import: figures it added are removed, figures it replaced are restored from their
/// revisions, and the figures it wrote are themselves kept as revisions, all in one transaction under the
/// import lock. Refused when a later import, still in force, has since changed any of the same figures.
/// </summary>
public sealed class ImportUndo(NpgsqlDataSource dataSource, AuditLog audit, TimeProvider clock)
{
    private const string Cell = "r.metric_id = o.metric_id and r.area_id = o.area_id and r.period = o.period";

    /// <param name="actor">Who undoes: recorded on the import and, in the same transaction, in the audit log.</param>
    public async Task<UndoResult> UndoAsync(long importId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ImportLock.TakeAsync(connection, cancellationToken);

        if (await FindImportAsync(connection, importId, cancellationToken) is not { } import)
        {
            return new UndoResult(false, $"There is no import {importId}.");
        }

        var name = $"Import {importId} ({import.FileName})";
        if (import.Status != "Committed")
        {
            return new UndoResult(false, $"{name} was already undone on {Describe(import.UndoneAt)} by {import.UndoneBy}; nothing changed.");
        }

        if (await FindLaterChangeAsync(connection, importId, cancellationToken) is { } later)
        {
            return new UndoResult(false,
                $"{name} cannot be undone: import {later.Id} ({later.FileName}, {Describe(later.At)}) has since changed {Figures(later.Count)} it wrote; undo import {later.Id} first.");
        }

        var (removed, restored) = await RestoreAsync(connection, importId, actor.Name, cancellationToken);
        await audit.AddAsync(connection, actor, AuditActions.Undo, $"import {importId}",
            $"{import.FileName}: {Figures(removed)} removed, {Figures(restored)} restored", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UndoResult(true, $"{name} was undone: {Figures(removed)} it added removed, {Figures(restored)} it replaced restored.");
    }

    private async Task<(int Removed, int Restored)> RestoreAsync(NpgsqlConnection connection, long importId, string undoneBy, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            Timeout = ImportMerge.CommandTimeoutSeconds,
            BatchCommands =
            {
                // Keep what the import wrote, as a revision superseded by its own undo.
                new NpgsqlBatchCommand("""
                    insert into observation_revisions
                        (metric_id, area_id, period, value, numerator, denominator, status, note, import_id, superseded_by_import_id)
                    select metric_id, area_id, period, value, numerator, denominator, status, note, import_id, @import
                    from observations where import_id = @import
                    """),
                new NpgsqlBatchCommand($"""
                    update observations o
                    set value = r.value, numerator = r.numerator, denominator = r.denominator,
                        status = r.status, note = r.note, import_id = r.import_id
                    from observation_revisions r
                    where o.import_id = @import and r.superseded_by_import_id = @import and r.import_id <> @import and {Cell}
                    """),
                new NpgsqlBatchCommand("delete from observations where import_id = @import"),
                new NpgsqlBatchCommand("update imports set status = 'Undone', undone_by = @by, undone_at = @at where id = @import"),
            },
        };
        foreach (var command in batch.BatchCommands.Cast<NpgsqlBatchCommand>())
        {
            command.Parameters.AddWithValue("import", importId);
        }

        batch.BatchCommands[3].Parameters.AddWithValue("by", undoneBy);
        batch.BatchCommands[3].Parameters.AddWithValue("at", clock.GetUtcNow());
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return (batch.BatchCommands[2].RecordsAffected, batch.BatchCommands[1].RecordsAffected);
    }

    private static async Task<(string FileName, string Status, DateTimeOffset? UndoneAt, string? UndoneBy)?> FindImportAsync(
        NpgsqlConnection connection, long importId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select file_name, status, undone_at, undone_by from imports where id = @id for update", connection);
        command.Parameters.AddWithValue("id", importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    /// <summary>The earliest later import, still in force, that replaced a figure this import wrote.</summary>
    private static async Task<(long Id, string FileName, DateTimeOffset At, int Count)?> FindLaterChangeAsync(
        NpgsqlConnection connection, long importId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            select i.id, i.file_name, i.imported_at, count(*)::int
            from observation_revisions r
            join imports i on i.id = r.superseded_by_import_id
            where r.import_id = @id and r.superseded_by_import_id <> @id and i.status = 'Committed'
            group by i.id, i.file_name, i.imported_at
            order by i.id
            limit 1
            """, connection);
        command.Parameters.AddWithValue("id", importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3))
            : null;
    }

    private static string Figures(int count) =>
        count == 1 ? "1 figure" : string.Create(CultureInfo.InvariantCulture, $"{count} figures");

    private static string Describe(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown date";
}
