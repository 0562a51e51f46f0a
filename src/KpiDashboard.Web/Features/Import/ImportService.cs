using System.Security.Cryptography;
using KpiDashboard.Web.Data;
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
    TimeProvider clock)
{
    /// <param name="content">The file's bytes; must be seekable (it is read twice: hash, then rows).</param>
    public async Task<ImportResult> ImportAsync(Stream content, string fileName, string importedBy, bool dryRun, CancellationToken cancellationToken = default)
    {
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

        var (rowsRead, errors, ignored) = await StageAsync(connection, content, fileName, catalogue, cancellationToken);
        if (errors.Count > 0)
        {
            return ImportResult.Invalid(fileName, rowsRead, errors) with { IgnoredBlankLines = ignored.BlankLines, IgnoredEmptyColumns = ignored.EmptyColumns };
        }

        var (newValues, changed, unchanged) = await ImportMerge.CountAsync(connection, cancellationToken);
        var changes = await ImportMerge.ListChangesAsync(connection, limits.Value.MaxChangesListed, cancellationToken);
        if (dryRun)
        {
            return new ImportResult(fileName, ImportOutcome.Previewed, rowsRead, newValues, changed, unchanged, [], changes)
            {
                IgnoredBlankLines = ignored.BlankLines, IgnoredEmptyColumns = ignored.EmptyColumns,
            };
        }

        var importId = await RecordImportAsync(connection, fileName, hash, importedBy, rowsRead, (newValues, changed, unchanged), cancellationToken);
        await ImportMerge.ApplyAsync(connection, importId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ImportMerge.RefreshStatisticsAfterLargeChangeAsync(connection, newValues + changed, cancellationToken);
        return new ImportResult(fileName, ImportOutcome.Committed, rowsRead, newValues, changed, unchanged, [], changes, importId)
        {
            IgnoredBlankLines = ignored.BlankLines, IgnoredEmptyColumns = ignored.EmptyColumns,
        };
    }

    /// <summary>A figure's metric, area and month packed in one number, for the duplicate check.</summary>
    private static long Key(in StagedObservation row) =>
        ((long)row.MetricId << 40) | ((long)row.AreaId << 20) | (uint)(row.Period.Year * 12 + row.Period.Month);

    public long MaxFileBytes => limits.Value.MaxFileBytes;

    /// <summary>Refuses a file over the size limit before anyone reads or stores it.</summary>
    public ImportResult? RejectIfTooLarge(string fileName, long bytes) => bytes > limits.Value.MaxFileBytes
        ? ImportResult.Invalid(fileName, 0, [new ImportError(fileName, 0, "", "",
            $"The file is {DescribeSize(bytes)}, larger than the {DescribeSize(limits.Value.MaxFileBytes)} limit; split it into smaller files")])
        : null;

    private async Task<(int RowsRead, List<ImportError> Errors, (int BlankLines, int EmptyColumns) Ignored)> StageAsync(
        NpgsqlConnection connection, Stream content, string fileName, ImportCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var now = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var validator = new RowValidator(catalogue, new DateOnly(now.Year, now.Month, 1), fileName);
        var firstRowOfKey = new Dictionary<long, int>();
        var rowsRead = 0;
        using var staging = await StagingTable.CreateAsync(connection, cancellationToken);
        var reader = new FigureFileReader(fileName, errors, catalogue);
        // The row loop is synchronous: Npgsql's binary COPY is several times faster that way.
        await Task.Run(() =>
        {
            foreach (var raw in reader.Read(content))
            {
                rowsRead++;
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
                    staging.Write(row);
                }

                if (errors.Count >= limits.Value.MaxErrors)
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
            await staging.CompleteAsync(connection, cancellationToken);
        }

        return (rowsRead, errors, (reader.BlankLines, reader.EmptyTrailingColumns));
    }

    private static string DescribeSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / 1024.0 / 1024.0:0.#} MB"
        : $"{Math.Ceiling(bytes / 1024.0):0} KB";

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

    private async Task<long> RecordImportAsync(NpgsqlConnection connection, string fileName, string hash, string importedBy,
        int rowsRead, (int New, int Changed, int Unchanged) counts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into imports (file_name, content_hash, imported_by, imported_at, rows_read, new_values, changed_values, unchanged_values)
            values (@file, @hash, @by, @at, @rows, @new, @changed, @unchanged)
            returning id
            """, connection);
        command.Parameters.AddWithValue("file", fileName);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("by", importedBy);
        command.Parameters.AddWithValue("at", clock.GetUtcNow());
        command.Parameters.AddWithValue("rows", rowsRead);
        command.Parameters.AddWithValue("new", counts.New);
        command.Parameters.AddWithValue("changed", counts.Changed);
        command.Parameters.AddWithValue("unchanged", counts.Unchanged);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
