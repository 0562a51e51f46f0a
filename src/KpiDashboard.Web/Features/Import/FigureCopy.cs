using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// A binary COPY of checked figures, either into the staging table (to compare them with the current figures)
/// or straight into <c>observations</c> (when none of them exists yet, the fast way in).
/// </summary>
internal sealed class FigureCopy : IAsyncDisposable
{
    private const string Columns = "metric_id, area_id, period, value, numerator, denominator, status, note";

    private readonly NpgsqlBinaryImporter _copy;
    private readonly long? _importId;

    private FigureCopy(NpgsqlBinaryImporter copy, long? importId) => (_copy, _importId) = (copy, importId);

    /// <summary>How many figures were written.</summary>
    public int Written { get; private set; }

    public static async Task<FigureCopy> IntoStagingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await StagingTable.CreateAsync(connection, cancellationToken);
        return await BeginAsync(connection, $"copy {StagingTable.Name} ({Columns}) from stdin (format binary)", null, cancellationToken);
    }

    /// <summary>Fails with a unique violation when it completes if any figure already exists.</summary>
    public static Task<FigureCopy> IntoObservationsAsync(NpgsqlConnection connection, long importId, CancellationToken cancellationToken) =>
        BeginAsync(connection, $"copy observations ({Columns}, import_id) from stdin (format binary)", importId, cancellationToken);

    private static async Task<FigureCopy> BeginAsync(NpgsqlConnection connection, string sql, long? importId, CancellationToken cancellationToken)
    {
        var copy = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        copy.Timeout = TimeSpan.FromSeconds(ImportMerge.CommandTimeoutSeconds);
        return new FigureCopy(copy, importId);
    }

    public void Write(in StagedObservation row)
    {
        _copy.StartRow();
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

        if (_importId is { } importId)
        {
            _copy.Write(importId, NpgsqlDbType.Bigint);
        }

        Written++;
    }

    /// <summary>Finishes the COPY. Disposing without completing cancels it instead.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) => await _copy.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

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
