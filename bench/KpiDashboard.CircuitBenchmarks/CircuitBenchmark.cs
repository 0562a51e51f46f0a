using System.Globalization;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace KpiDashboard.CircuitBenchmarks;

/// Circuit load: memory per idle circuit, and p50/p95 and CPU of an area change on the overview with 1, 10 and 40
/// circuits at once, beside the overview's query alone at the same concurrency, in one run. The app runs in a process
/// of its own (this program with --serve); the load generator's CPU (this process, Chromium, Playwright's driver) and
/// PostgreSQL's are reported beside the app's. Usage: dotnet run -c Release --project bench/KpiDashboard.CircuitBenchmarks
public static class CircuitBenchmark
{
    private const string Email = "bench@kpidashboard.test";
    private const string Password = "circuit-benchmark-password";
    private const int MostCircuits = 40;
    private const int ChangesPerRound = 200;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--serve"))
        {
            return await ServedApp.RunAsync(Environment.GetEnvironmentVariable("KPI_BENCH_CONNECTION")!);
        }

        int[] circuitCounts = [1, 10, MostCircuits];
        var root = Path.Combine(Path.GetTempPath(), "kpi-circuit-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            await using var cluster = await PostgresCluster.StartAsync(root, durable: false);
            await cluster.CreateDatabaseIfMissingAsync("bench");
            var connectionString = cluster.ConnectionString("bench");
            var areas = await PrepareAsync(connectionString);

            await using var server = await ServerProcess.StartAsync(connectionString);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            await using var warmUp = await Circuits.SignInAsync(browser, server.Address, Email, Password);
            await warmUp.AddBlankPagesAsync(2);
            await warmUp.OpenOverviewAsync();
            await warmUp.ChangeAreasAsync(2, 20, areas);
            await warmUp.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(2)); // the warm-up's circuits end when their pages close

            await using var circuits = await Circuits.SignInAsync(browser, server.Address, Email, Password);
            await circuits.AddBlankPagesAsync(MostCircuits);
            var before = await server.MemoryAsync();
            await circuits.OpenOverviewAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = await server.MemoryAsync();

            Console.WriteLine($"Circuit load, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average before {LoadAverage()}.");
            Console.WriteLine();
            Console.WriteLine($"Idle circuits: {MostCircuits} overview pages open and idle, after full collections on the server.");
            Console.WriteLine("| per idle circuit | live heap MB | working set MB | private memory MB |");
            Console.WriteLine("| --- | --- | --- | --- |");
            Console.WriteLine(FormattableString.Invariant(
                $"| {MostCircuits} circuits, each | {Mb(after.Heap - before.Heap) / MostCircuits:0.00} | {Mb(after.WorkingSet - before.WorkingSet) / MostCircuits:0.00} | {Mb(after.Private - before.Private) / MostCircuits:0.00} |"));
            Console.WriteLine(FormattableString.Invariant($"(server with no circuit: live heap {Mb(before.Heap):0} MB, working set {Mb(before.WorkingSet):0} MB)"));
            var modelBytes = await server.ModelBytesAsync(MostCircuits);
            Console.WriteLine(FormattableString.Invariant($"Of which the overview's data (its query's answer, kept by the page): {modelBytes / 1024 / 1024:0.00} MB per circuit; the rest is the circuit, its components and their render tree."));

            // Not recorded: every page's first change, so that all circuits have run the page once.
            await circuits.ChangeAreasAsync(MostCircuits, 1, areas);

            // What the app spends with every circuit open and nothing changing (keep-alives, timers, collections):
            // a row that takes longer (one circuit at a time) carries more of it per change.
            var idleFrom = ProcessCpu.Of(server.Id);
            var idleClock = System.Diagnostics.Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idleMsPerSecond = (ProcessCpu.Of(server.Id) - idleFrom).TotalMilliseconds / idleClock.Elapsed.TotalSeconds;
            Console.WriteLine();
            Console.WriteLine($"Area changes on the overview ({ChangesPerRound} per row), timed in the page from the navigation until the heading names the area;");
            Console.WriteLine("CPU per change: the app's process, PostgreSQL, and the load generator (this process, Chromium, Playwright's driver).");
            Console.WriteLine(FormattableString.Invariant($"\"Of which idle\": the app's CPU with all {MostCircuits} circuits open and nothing changing ({idleMsPerSecond:0.0} ms a second, over 5 s), times the row's length, per change."));
            Console.WriteLine("| circuits at once | p50 ms | p95 ms | app CPU ms | of which idle ms | PostgreSQL CPU ms | load generator CPU ms | query alone p50 ms | query alone p95 ms | query alone app CPU ms |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            var appCpuAt = new Dictionary<int, double>();
            foreach (var count in circuitCounts)
            {
                var cpuBefore = (App: ProcessCpu.Of(server.Id), Db: ProcessCpu.OfCluster(Path.Combine(root, "data")), Load: ProcessCpu.OfTree(Environment.ProcessId, server.Id));
                var rowClock = System.Diagnostics.Stopwatch.StartNew();
                var timings = await circuits.ChangeAreasAsync(count, ChangesPerRound / count, areas);
                var rowSeconds = rowClock.Elapsed.TotalSeconds;
                var app = (ProcessCpu.Of(server.Id) - cpuBefore.App).TotalMilliseconds / timings.Count;
                var idleShare = idleMsPerSecond * rowSeconds / timings.Count;
                var db = (ProcessCpu.OfCluster(Path.Combine(root, "data")) - cpuBefore.Db).TotalMilliseconds / timings.Count;
                var load = (ProcessCpu.OfTree(Environment.ProcessId, server.Id) - cpuBefore.Load).TotalMilliseconds / timings.Count;
                var alone = await server.QueryAsync(count, ChangesPerRound / count, areas.Select(a => a.Code));
                appCpuAt[count] = app;
                Console.WriteLine(FormattableString.Invariant(
                    $"| {count} | {Percentiles.Of(timings, 50):0.0} | {Percentiles.Of(timings, 95):0.0} | {app:0.0} | {idleShare:0.0} | {db:0.0} | {load:0.0} | {alone.P50:0.0} | {alone.P95:0.0} | {alone.CpuMs:0.0} |"));
            }

            var heapPerCircuit = Mb(after.Heap - before.Heap) / MostCircuits;
            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant($"Target live heap per idle circuit at most 0.5 MB: {(heapPerCircuit <= 0.5 ? "met" : "not met")} ({heapPerCircuit:0.00} MB)."));
            Console.WriteLine(FormattableString.Invariant($"Target app CPU per area change at most 10 ms: {(appCpuAt.Values.Max() <= 10 ? "met" : "not met")} (worst row {appCpuAt.Values.Max():0.0} ms)."));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Migrates, loads the seed (catalogue and figures) and makes the account the pages sign in with; the areas to cycle through.
    private static async Task<IReadOnlyList<(string Code, string Name)>> PrepareAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Database:ApplyMigrationsOnStart"] = "true",
            ["Database:SeedOnStart"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddKpiDashboard();
        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        var seed = Path.Combine(RepoRoot(), "seed-data");
        await app.Services.GetRequiredService<SeedLoader>().LoadAsync(seed, CancellationToken.None);
        var made = await app.Services.GetRequiredService<UserAccounts>().CreateAsync(Email, [.. Roles.All], Password, Actor.System);
        if (!made.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", made.Problems));
        }

        var areas = new List<(string Code, string Name)>();
        await using var command = app.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("select code, name from areas order by id");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            areas.Add((reader.GetString(0), reader.GetString(1)));
        }

        return areas;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (KpiDashboard.sln was not found above it).");
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
