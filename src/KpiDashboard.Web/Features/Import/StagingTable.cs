using KpiDashboard.Web.Data;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// A temporary table, dropped at the end of the transaction, that holds a file's checked rows
/// (loaded with binary COPY) so they can be compared with and merged into the current figures.
/// </summary>
internal sealed class StagingTable : IDisposable
{
    public const string Name = "import_staging";

    private readonly NpgsqlBinaryImporter _copy;

    private StagingTable(NpgsqlBinaryImporter copy) => _copy = copy;

    public static async Task<StagingTable> CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand($"""
            create temp table {Name} (
                row_number int not null,
                metric_id int not null,
                area_id int not null,
                period date not null,
                value numeric,
                numerator numeric,
                denominator numeric,
                status varchar(20) not null,
                note varchar(1000)
            ) on commit drop
            """, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var copy = await connection.BeginBinaryImportAsync(
            $"copy {Name} (row_number, metric_id, area_id, period, value, numerator, denominator, status, note) from stdin (format binary)",
            cancellationToken);
        copy.Timeout = TimeSpan.FromSeconds(ImportMerge.CommandTimeoutSeconds);
        return new StagingTable(copy);
    }

    public void Write(in StagedObservation row)
    {
        _copy.StartRow();
        _copy.Write(row.Row, NpgsqlDbType.Integer);
        _copy.Write(row.MetricId, NpgsqlDbType.Integer);
        _copy.Write(row.AreaId, NpgsqlDbType.Integer);
        _copy.Write(row.Period, NpgsqlDbType.Date);
        WriteNullable(row.Value);
        WriteNullable(row.Numerator);
        WriteNullable(row.Denominator);
        _copy.Write(row.Status.ToString(), NpgsqlDbType.Varchar);
        if (row.Note is null)
        {
            _copy.WriteNull();
        }
        else
        {
            _copy.Write(row.Note, NpgsqlDbType.Varchar);
        }
    }

    /// <summary>Finishes the COPY. Disposing without completing cancels it instead.</summary>
    public async Task CompleteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _copy.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        // Temporary tables are never analysed automatically; without statistics the planner joins them badly.
        await using var analyze = new NpgsqlCommand($"analyze {Name}", connection) { CommandTimeout = ImportMerge.CommandTimeoutSeconds };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _copy.Dispose();

    private void WriteNullable(decimal? value)
    {
        if (value is null)
        {
            _copy.WriteNull();
        }
        else
        {
            _copy.Write(value.Value, NpgsqlDbType.Numeric);
        }
    }
}
