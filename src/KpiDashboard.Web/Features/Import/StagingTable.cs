using KpiDashboard.Web.Data;
using Npgsql;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// A temporary table, dropped at the end of the transaction, that holds a file's checked figures
/// (loaded by <see cref="FigureCopy"/>) so they can be compared with and merged into the current figures.
/// </summary>
internal static class StagingTable
{
    public const string Name = "import_staging";

    public static async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var create = new NpgsqlCommand($"""
            create temp table {Name} (
                metric_id int not null,
                area_id int not null,
                period date not null,
                value numeric,
                numerator numeric,
                denominator numeric,
                status varchar(20) not null,
                note varchar({Observation.MaxNoteLength})
            ) on commit drop
            """, connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Temporary tables are never analysed automatically; without statistics the planner joins them badly.</summary>
    public static async Task AnalyzeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var analyze = new NpgsqlCommand($"analyze {Name}", connection) { CommandTimeout = ImportMerge.CommandTimeoutSeconds };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
