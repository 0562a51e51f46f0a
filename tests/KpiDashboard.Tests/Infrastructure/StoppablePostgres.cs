using System.Globalization;
using KpiDashboard.Web.Hosting;
using Npgsql;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test class's own, which its tests stop and start again (on the same port, so the
/// app's connection string still works) to see how the app rides out an outage. Its one database has the schema,
/// the catalogue and the test users, but no figures. The shared <see cref="PostgresServer"/> is never stopped.
/// </summary>
public sealed class StoppablePostgres : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private string? _root;

    public string ConnectionString { get; private set; } = "";

    private PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The stoppable cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
            $"{PostgresServer.FolderPrefix}{Environment.ProcessId}-stoppable-{Guid.NewGuid():N}"));
        _cluster = await PostgresCluster.StartAsync(_root, durable: false);
        await _cluster.CreateDatabaseIfMissingAsync("kpi");
        ConnectionString = _cluster.ConnectionString("kpi");
        await using (var app = TestApp.Build(ConnectionString))
        {
            await app.PrepareAsync(seedFigures: false);
            await TestUsers.AddAsync(app.Services);
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Stops PostgreSQL as an administrator would (fast shutdown: open sessions are ended).</summary>
    public Task StopAsync() => Cluster.StopAsync();

    /// <summary>Starts PostgreSQL again; returns once it accepts connections.</summary>
    public Task StartAsync() => Cluster.StartAgainAsync(durable: false);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
            Directory.Delete(_root!, recursive: true);
        }
    }
}
