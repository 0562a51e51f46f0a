using Npgsql;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// The one transaction-scoped advisory lock that imports and undos take, so that two of them never
/// interleave: the second waits until the first has committed or rolled back.
/// </summary>
internal static class ImportLock
{
    private const long Key = 0x4B50_4944_494D_5054; // "KPIDIMPT"

    public static async Task TakeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
