using System.Globalization;
using KpiDashboard.Web.Hosting;
using Npgsql;

[assembly: AssemblyFixture(typeof(KpiDashboard.Tests.Infrastructure.PostgresServer))]

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, started with the app's own <see cref="PostgresCluster"/>.
/// Two template databases are prepared once (migrated with the catalogue; migrated and fully seeded) and
/// every test copies one into a database of its own, so tests never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    internal const string FolderPrefix = "kpi-test-pg-";
    private const string CatalogueTemplate = "kpi_catalogue";
    private const string SeededTemplate = "kpi_seeded";
    private static int _databaseCount;
    private PostgresCluster? _cluster;
    private string? _root;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The test cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        await RemoveClustersOfDeadRunsAsync();
        _root = Path.Combine(Path.GetTempPath(), FolderPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        _cluster = await PostgresCluster.StartAsync(_root, durable: false);
        await PrepareTemplateAsync(CatalogueTemplate, seedFigures: false);
        await PrepareTemplateAsync(SeededTemplate, seedFigures: true);
    }

    /// <summary>A new database with the schema and catalogue (areas, metrics, targets) but no figures.</summary>
    public Task<string> CreateCatalogueDatabaseAsync() => CopyTemplateAsync(CatalogueTemplate);

    /// <summary>A new database with the schema, the catalogue and every seed figure.</summary>
    public Task<string> CreateSeededDatabaseAsync() => CopyTemplateAsync(SeededTemplate);

    /// <summary>A new database with nothing in it, not even the schema.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = NextName();
        await ExecuteAsync($"create database {name}");
        return Cluster.ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            Directory.Delete(_root!, recursive: true);
        }
    }

    private async Task PrepareTemplateAsync(string name, bool seedFigures)
    {
        await ExecuteAsync($"create database {name}");
        await using (var app = TestApp.Build(Cluster.ConnectionString(name)))
        {
            await app.PrepareAsync(seedFigures);
            await TestUsers.AddAsync(app.Services);
        }

        NpgsqlConnection.ClearAllPools();
    }

    private async Task<string> CopyTemplateAsync(string template)
    {
        var name = NextName();
        await ExecuteAsync($"create database {name} template {template}");
        return Cluster.ConnectionString(name);
    }

    private static string NextName() =>
        "test_" + Interlocked.Increment(ref _databaseCount).ToString(CultureInfo.InvariantCulture);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A killed test run leaves its cluster running; stop it and free the disk.</summary>
    private static async Task RemoveClustersOfDeadRunsAsync()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            // kpi-test-pg-<pid>, or kpi-test-pg-<pid>-<name> for a cluster of one test class's own (StoppablePostgres).
            var owner = int.TryParse(Path.GetFileName(dir)[FolderPrefix.Length..].Split('-')[0], out var pid) ? pid : 0;
            if (owner == Environment.ProcessId || IsRunning(owner))
            {
                continue;
            }

            await PostgresCluster.StopIfRunningAsync(dir);
            Directory.Delete(dir, recursive: true);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
