using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

/// <summary>
/// A private PostgreSQL cluster in a folder of its own, started with the machine's server binaries on a
/// free loopback port and stopped on dispose. PostgreSQL refuses to run as root, so when this process is
/// root the cluster runs as the unprivileged <c>postgres</c> user.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    /// <summary>The user the cluster runs as when this process is root.</summary>
    public const string ServiceUser = "postgres";
    private readonly string _bin;
    private readonly bool _owned;

    private PostgresCluster(string bin, string root, int port, bool owned)
    {
        _bin = bin;
        Root = root;
        Port = port;
        _owned = owned;
    }

    public string Root { get; }
    public int Port { get; }
    private string DataDir => Path.Combine(Root, "data");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = ServiceUser, Database = database,
    }.ConnectionString;

    /// <summary>Starts (initialising first if needed) the cluster in <paramref name="root"/>, or joins it if it already runs.</summary>
    /// <param name="durable">False for throwaway test clusters: no fsync, much faster, data lost on a crash.</param>
    public static async Task<PostgresCluster> StartAsync(string root, bool durable)
    {
        var bin = PostgresBinaries.FindDirectory() ?? throw new StartupProblemException(
            "No database is configured and no PostgreSQL server programs were found (looked on PATH and in /usr/lib/postgresql/*/bin). " +
            "Either install PostgreSQL (apt-get install postgresql), run `docker compose up`, " +
            "or point the app at a database with the ConnectionStrings__Kpi environment variable.");
        Directory.CreateDirectory(root);
        await GiveToServiceUserAsync(root);
        if (RunningPort(root) is { } runningPort)
        {
            return new PostgresCluster(bin, root, runningPort, owned: false);
        }

        var cluster = new PostgresCluster(bin, root, FreePort(), owned: true);
        if (!File.Exists(Path.Combine(cluster.DataDir, "PG_VERSION")))
        {
            await cluster.RunAsync("initdb", "-D", cluster.DataDir, "-U", ServiceUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        }

        await cluster.StartServerAsync(durable);
        return cluster;
    }

    /// <summary>Stops the server (fast: open sessions are ended), keeping its data; <see cref="StartAgainAsync"/> brings it back.</summary>
    public Task StopAsync() => RunAsync("pg_ctl", "-D", DataDir, "-m", "fast", "-w", "stop");

    /// <summary>Starts the stopped server again on the same port, so that connection strings given out still work.</summary>
    public Task StartAgainAsync(bool durable) => StartServerAsync(durable);

    private Task StartServerAsync(bool durable)
    {
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -k {Root} -c listen_addresses=127.0.0.1{(durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")}");
        return RunAsync("pg_ctl", "-D", DataDir, "-l", Path.Combine(Root, "postgres.log"), "-w", "-t", "60", "-o", options, "start");
    }

    public async Task CreateDatabaseIfMissingAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && RunningPort(Root) is not null)
        {
            await StopAsync();
        }
    }

    /// <summary>Stops a cluster left running in <paramref name="root"/> by a process that has gone.</summary>
    public static async Task StopIfRunningAsync(string root)
    {
        if (RunningPort(root) is { } port && PostgresBinaries.FindDirectory() is { } bin)
        {
            await new PostgresCluster(bin, root, port, owned: true).DisposeAsync();
        }
    }

    /// <summary>The port of a server already running from this folder (a previous run that was not stopped).</summary>
    private static int? RunningPort(string root)
    {
        var pidFile = Path.Combine(root, "data", "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        var alive = lines.Length > 3 && int.TryParse(lines[0], out var pid) && IsAlive(pid);
        return alive && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task GiveToServiceUserAsync(string root)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ExternalProgram.RunAsync("chown", "-R", ServiceUser, root);
        }
    }

    private async Task RunAsync(string program, params string[] args)
    {
        var path = Path.Combine(_bin, program);
        var (exitCode, output) = Environment.IsPrivilegedProcess
            ? await ExternalProgram.RunAsync("runuser", ["-u", ServiceUser, "--", path, .. args])
            : await ExternalProgram.RunAsync(path, args);
        if (exitCode != 0)
        {
            var log = Path.Combine(Root, "postgres.log");
            var logTail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(5)) : "";
            throw new StartupProblemException($"The embedded PostgreSQL could not run {program} in {Root} (exit code {exitCode}):\n{output.Trim()}\n{logTail}".TrimEnd());
        }
    }
}
