using System.Diagnostics;
using KpiDashboard.Tests.Hosting;
using KpiDashboard.Tests.Infrastructure;
using Npgsql;

namespace KpiDashboard.Tests.Import;

/// <summary>
/// The import's advisory lock when the importing process dies (kill -9) while PostgreSQL is busy on its behalf: the
/// session must end, and the lock go, soon after, not when the statement it was running finishes.
/// </summary>
public sealed class ImportLockReleaseTests(PostgresServer server)
{
    private static readonly TimeSpan ReleasedWithin = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Killing_the_importing_process_frees_the_import_lock_within_seconds()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateCatalogueDatabaseAsync();
        await using var blocker = new NpgsqlConnection(connectionString);
        await blocker.OpenAsync(cancellationToken);
        await using var transaction = await blocker.BeginTransactionAsync(cancellationToken);
        // The import takes its lock, then reads the imports table: held here, so its backend waits inside a statement
        // (as one busy merging a large file does) and does not read from its client.
        await ExecuteAsync(blocker, "lock table imports in access exclusive mode");

        using var importer = Process.Start(AppProcess.StartInfo(RepoPaths.WebProject, new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = connectionString,
            ["Database__SeedOnStart"] = "false",
        }, "import", Path.Combine(RepoPaths.SeedData, "observations", "2018-19.csv")))!;
        try
        {
            await WaitUntilAsync(() => ImportLockHolderWaitsAsync(connectionString), TimeSpan.FromSeconds(60), "the importer never took the import lock and waited on the imports table");

            importer.Kill();
            await importer.WaitForExitAsync(cancellationToken);
            var sinceKill = Stopwatch.StartNew();
            await WaitUntilAsync(async () => !await ImportLockHolderAsync(connectionString), ReleasedWithin + TimeSpan.FromSeconds(7), "the import lock was still held");

            TestContext.Current.TestOutputHelper?.WriteLine($"Import lock released {sinceKill.Elapsed.TotalMilliseconds:0} ms after the kill.");
            Assert.True(sinceKill.Elapsed < ReleasedWithin, $"The import lock was released {sinceKill.Elapsed.TotalSeconds:0.0} s after the importer was killed.");
        }
        finally
        {
            if (!importer.HasExited)
            {
                importer.Kill();
            }
        }
    }

    private static async Task<bool> ImportLockHolderAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>Whether the import lock's holder is inside a statement, waiting for another lock (and so not reading from its client).</summary>
    private static async Task<bool> ImportLockHolderWaitsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid " +
            "where l.locktype = 'advisory' and l.granted and a.state = 'active' and a.wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < timeout, $"After {timeout.TotalSeconds} s {failure}.");
            await Task.Delay(100);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
