using System.Security.Cryptography;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Validates a whole file, then either writes every row in one transaction or writes nothing.
/// Used by the upload page, the command line, the HTTP API and the first-start seed alike.
/// </summary>
public sealed class ImportService(
    NpgsqlDataSource dataSource,
    IDbContextFactory<KpiDbContext> contextFactory,
    IOptions<ImportLimits> limits,
    AuditLog audit,
    TimeProvider clock)
{
    /// <param name="content">The file's bytes; must be seekable (it is read twice: hash, then rows).</param>
    /// <param name="actor">Who imports: recorded on the import and, in the same transaction, in the audit log.</param>
    public async Task<ImportResult> ImportAsync(Stream content, string fileName, Actor actor, bool dryRun, CancellationToken cancellationToken = default)
    {
        fileName = ImportFileName.From(fileName);
        if (RejectIfTooLarge(fileName, content.Length) is { } tooLarge)
        {
            return tooLarge;
        }

        if (await FileSniffer.FindNonTextProblemAsync(content, cancellationToken) is { } notText)
        {
            return ImportResult.Invalid(fileName, 0, [new ImportError(fileName, 0, "", "", notText)]);
        }

        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        ImportCatalogue catalogue;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            catalogue = await ImportCatalogue.LoadAsync(db, cancellationToken);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ImportLock.TakeAsync(connection, cancellationToken);
        if (await FindPreviousImportAsync(connection, hash, cancellationToken) is { } previous)
        {
            return new ImportResult(fileName, ImportOutcome.AlreadyImported, 0, 0, 0, 0, [], [], previous.Id, previous.At);
        }

        if (!dryRun)
        {
            var importId = await RecordImportAsync(connection, fileName, hash, actor.Name, cancellationToken);
            var importer = new Importer(actor, importId);
            if (await TryLoadAllNewAsync(connection, transaction, content, fileName, catalogue, importer, cancellationToken) is { } loaded)
            {
                return loaded;
            }

            return await MergeAsync(connection, transaction, content, fileName, catalogue, importer, cancellationToken);
        }

        return await MergeAsync(connection, transaction, content, fileName, catalogue, importer: null, cancellationToken);
    }

    /// <summary>
    /// The fast way in, for files that only add figures (as a new month's return does): COPY straight into
    /// <c>observations</c> under a savepoint. If any figure already exists, the key refuses it, the savepoint
    /// is rolled back and null returned, and the file goes the merge way instead.
    /// </summary>
    private async Task<ImportResult?> TryLoadAllNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Stream content,
        string fileName, ImportCatalogue catalogue, Importer importer, CancellationToken cancellationToken)
    {
        var importId = importer.ImportId;
        const string Savepoint = "all_new";
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            var keyDropped = await ObservationsKey.DropIfTableEmptyAsync(connection, cancellationToken);
            var (read, written) = await ReadIntoAsync(content, fileName, catalogue,
                await FigureCopy.IntoObservationsAsync(connection, importId, cancellationToken), cancellationToken);
            if (read.Errors.Count > 0)
            {
                return read.Invalid(fileName);
            }

            if (keyDropped)
            {
                await ObservationsKey.RebuildAsync(connection, cancellationToken);
            }

            var counts = (New: written, Changed: 0, Unchanged: 0);
            await FinishImportAsync(connection, importer, fileName, read.RowsRead, counts, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await ImportMerge.RefreshStatisticsAfterLargeChangeAsync(connection, written, cancellationToken);
            return read.Outcome(fileName, ImportOutcome.Committed, counts, [], importId);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            content.Position = 0;
            return null;
        }
    }

    /// <summary>
    /// Stages the file, compares it with the current figures and, unless this is a dry run (no import id),
    /// keeps every figure it replaces as a revision and writes the new ones.
    /// </summary>
    private async Task<ImportResult> MergeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Stream content,
        string fileName, ImportCatalogue catalogue, Importer? importer, CancellationToken cancellationToken)
    {
        var (read, _) = await ReadIntoAsync(content, fileName, catalogue,
            await FigureCopy.IntoStagingAsync(connection, cancellationToken), cancellationToken);
        if (read.Errors.Count > 0)
        {
            return read.Invalid(fileName);
        }

        await StagingTable.AnalyzeAsync(connection, cancellationToken);
        await ImportMerge.AllowLargeJoinsAsync(connection, cancellationToken);
        var counts = await ImportMerge.CountAsync(connection, cancellationToken);
        var changes = await ImportMerge.ListChangesAsync(connection, limits.Value.MaxChangesListed, cancellationToken);
        if (importer is null)
        {
            return read.Outcome(fileName, ImportOutcome.Previewed, counts, changes);
        }

        var id = importer.ImportId;
        await FinishImportAsync(connection, importer, fileName, read.RowsRead, counts, cancellationToken);
        await ImportMerge.ApplyAsync(connection, id, counts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ImportMerge.RefreshStatisticsAfterLargeChangeAsync(connection, counts.New + counts.Changed, cancellationToken);
        return read.Outcome(fileName, ImportOutcome.Committed, counts, changes, id);
    }

    /// <summary>A figure's metric, area and month packed in one number, for the duplicate check.</summary>
    private static long Key(in StagedObservation row) =>
        ((long)row.MetricId << 40) | ((long)row.AreaId << 20) | (uint)(row.Period.Year * 12 + row.Period.Month);

    public long MaxFileBytes => limits.Value.MaxFileBytes;

    /// <summary>Refuses a file over the size limit before anyone reads or stores it.</summary>
    public ImportResult? RejectIfTooLarge(string fileName, long bytes) => bytes > limits.Value.MaxFileBytes
        ? ImportResult.Invalid(fileName, 0, [new ImportError(fileName, 0, "", "",
            $"The file is {Components.Figures.FigureFormat.FileSize(bytes)}, larger than the {Components.Figures.FigureFormat.FileSize(limits.Value.MaxFileBytes)} limit; split it into smaller files")])
        : null;

    /// <summary>
    /// Reads and checks every row, writing the checked figures to <paramref name="target"/> until the first error;
    /// completes the COPY only if there was none (disposing it unfinished cancels it).
    /// </summary>
    private async Task<(FileReadResult Read, int Written)> ReadIntoAsync(
        Stream content, string fileName, ImportCatalogue catalogue, FigureCopy target, CancellationToken cancellationToken)
    {
        await using var copy = target;
        var errors = new ImportProblems(fileName, limits.Value.MaxErrors);
        var now = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var validator = new RowValidator(catalogue, new DateOnly(now.Year, now.Month, 1), fileName);
        // Sized for the rows the file probably holds (at least 20 bytes each), so it does not regrow a million-row file.
        var firstRowOfKey = new Dictionary<long, int>((int)Math.Min(content.Length / 20, limits.Value.MaxRows));
        var rowsRead = 0;
        var reader = new FigureFileReader(fileName, errors, catalogue, limits.Value);
        // The row loop is synchronous: Npgsql's COPY writer is several times faster used that way.
        await Task.Run(() =>
        {
            var lastRow = 0;
            foreach (var raw in reader.Read(content))
            {
                // A wide row gives one figure per filled area cell; the analyst's count is of rows.
                if (raw.Row != lastRow)
                {
                    (rowsRead, lastRow) = (rowsRead + 1, raw.Row);
                }

                if (!validator.TryValidate(raw, errors, out var row))
                {
                    continue;
                }

                if (!firstRowOfKey.TryAdd(Key(row), row.Row))
                {
                    errors.Add(new ImportError(fileName, row.Row, raw.ColumnOf("period"), raw.Period,
                        $"Row {firstRowOfKey[Key(row)]} already gives {raw.Metric.Trim()} for {raw.Area.Trim()} in {PeriodParser.Format(row.Period)}; each metric, area and month may appear once"));
                }
                else if (errors.Count == 0)
                {
                    copy.Write(row);
                }

                if (errors.IsFull)
                {
                    break;
                }
            }
        }, cancellationToken);

        if (rowsRead == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(fileName, 0, "", "", "The file has a header but no figures; expected one row per metric, area and month"));
        }

        if (errors.Count == 0)
        {
            await copy.CompleteAsync(cancellationToken);
        }

        return (new FileReadResult(rowsRead, errors, (reader.BlankLines, reader.EmptyTrailingColumns)), copy.Written);
    }

    private sealed record FileReadResult(int RowsRead, ImportProblems Errors, (int BlankLines, int EmptyColumns) Ignored)
    {
        public ImportResult Invalid(string fileName) => ImportResult.Invalid(fileName, RowsRead, [.. Errors]) with
        {
            IgnoredBlankLines = Ignored.BlankLines, IgnoredEmptyColumns = Ignored.EmptyColumns,
        };

        public ImportResult Outcome(string fileName, ImportOutcome outcome, (int New, int Changed, int Unchanged) counts,
            IReadOnlyList<ValueChange> changes, long? importId = null) =>
            new(fileName, outcome, RowsRead, counts.New, counts.Changed, counts.Unchanged, [], changes, importId)
            {
                IgnoredBlankLines = Ignored.BlankLines, IgnoredEmptyColumns = Ignored.EmptyColumns,
            };
    }

    private static async Task<(long Id, DateTimeOffset At)?> FindPreviousImportAsync(NpgsqlConnection connection, string hash, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select id, imported_at from imports where content_hash = @hash and status = 'Committed' order by id limit 1", connection);
        command.Parameters.AddWithValue("hash", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1))
            : null;
    }

    /// <summary>Records the import before its figures, which carry its id; the counts follow in <see cref="FinishImportAsync"/>.</summary>
    private async Task<long> RecordImportAsync(NpgsqlConnection connection, string fileName, string hash, string importedBy, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into imports (file_name, content_hash, imported_by, imported_at, rows_read, new_values, changed_values, unchanged_values)
            values (@file, @hash, @by, @at, 0, 0, 0, 0)
            returning id
            """, connection);
        command.Parameters.AddWithValue("file", fileName);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("by", importedBy);
        command.Parameters.AddWithValue("at", clock.GetUtcNow());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Who is importing, and the import's id: a committing import has both.</summary>
    private sealed record Importer(Actor Actor, long ImportId);

    /// <summary>Writes the import's counts and its audit entry, in the import's transaction.</summary>
    private async Task FinishImportAsync(NpgsqlConnection connection, Importer importer, string fileName, int rowsRead,
        (int New, int Changed, int Unchanged) counts, CancellationToken cancellationToken)
    {
        var importId = importer.ImportId;
        await audit.AddAsync(connection, importer.Actor, AuditActions.Import, $"import {importId}",
            $"{fileName}: {rowsRead:N0} rows, {counts.New:N0} new, {counts.Changed:N0} changed, {counts.Unchanged:N0} unchanged", cancellationToken);
        await using var command = new NpgsqlCommand("""
            update imports set rows_read = @rows, new_values = @new, changed_values = @changed, unchanged_values = @unchanged
            where id = @id
            """, connection);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("rows", rowsRead);
        command.Parameters.AddWithValue("new", counts.New);
        command.Parameters.AddWithValue("changed", counts.Changed);
        command.Parameters.AddWithValue("unchanged", counts.Unchanged);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
