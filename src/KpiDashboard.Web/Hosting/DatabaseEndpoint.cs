using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Where the database is: the configured connection string, or else a private PostgreSQL cluster
/// this app starts (and stops again when the app shuts down).
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration, IHostEnvironment environment, IOptions<DatabaseOptions> options)
    : IAsyncDisposable
{
    public const string ConnectionName = "Kpi";
    private const string EmbeddedDatabase = "kpi";
    private PostgresCluster? _cluster;
    private string? _connectionString;

    /// <summary>The embedded cluster's data folder, once started.</summary>
    public string? EmbeddedFolder { get; private set; }

    public bool IsEmbedded => configuration.GetConnectionString(ConnectionName) is not { Length: > 0 };

    public string ConnectionString => _connectionString
        ?? throw new InvalidOperationException("The database endpoint is used before the database was prepared.");

    /// <summary>A description safe to print: host, port and database, never the password.</summary>
    public string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Database} on {builder.Host}:{builder.Port}{(IsEmbedded ? " (embedded)" : "")}";
    }

    public async Task InitializeAsync()
    {
        if (_connectionString is not null)
        {
            return;
        }

        if (!IsEmbedded)
        {
            _connectionString = configuration.GetConnectionString(ConnectionName);
            return;
        }

        var folder = await EmbeddedDataFolder.ChooseAsync(options.Value.EmbeddedDataDirectory, environment.ContentRootPath);
        if (folder.Notice is not null)
        {
            Console.WriteLine(folder.Notice);
        }

        EmbeddedFolder = folder.FullPath;
        _cluster = await PostgresCluster.StartAsync(folder.FullPath, durable: true);
        await _cluster.CreateDatabaseIfMissingAsync(EmbeddedDatabase);
        _connectionString = _cluster.ConnectionString(EmbeddedDatabase);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
