using System.Diagnostics;
using System.Globalization;
using System.Net;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.CircuitBenchmarks;

/// <summary>
/// The server side, in a process of its own so that its CPU and memory are the app's alone: the app's own Program on
/// Kestrel, answering the load generator's commands on stdin (one line each) with one line on stdout.
/// </summary>
public sealed class ServedApp(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // WebApplicationFactory looks for the project beside the solution; it lives under src/.
        builder.UseContentRoot(Path.Combine(CircuitBenchmark.RepoRoot(), "src", "KpiDashboard.Web"));
        builder.UseSetting("ConnectionStrings:Kpi", connectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
        builder.UseSetting("Database:SeedOnStart", "false");
        builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
    }

    public static async Task<int> RunAsync(string connectionString)
    {
        await using var app = new ServedApp(connectionString);
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Console.WriteLine($"listening {address}");
        while (Console.ReadLine() is { } line)
        {
            var words = line.Split(' ');
            Console.WriteLine(words[0] switch
            {
                "memory" => Memory(),
                "models" => await ModelsAsync(app.Services.GetRequiredService<OverviewQuery>(), int.Parse(words[1], CultureInfo.InvariantCulture)),
                "query" => await QueryAsync(app.Services.GetRequiredService<OverviewQuery>(), int.Parse(words[1], CultureInfo.InvariantCulture), int.Parse(words[2], CultureInfo.InvariantCulture), words[3].Split(',')),
                _ => "unknown command",
            });
        }

        return 0;
    }

    /// <summary>Live heap after full, compacting collections (as GC.GetTotalMemory(true) after the finalizers), and process memory.</summary>
    private static string Memory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return FormattableString.Invariant($"memory {GC.GetTotalMemory(forceFullCollection: true)} {process.WorkingSet64} {process.PrivateMemorySize64}");
    }

    /// <summary>Live heap held by <paramref name="count"/> overview models kept at once (what each circuit's page keeps of its query), per model.</summary>
    private static async Task<string> ModelsAsync(OverviewQuery query, int count)
    {
        var before = LiveHeap();
        var kept = new List<OverviewModel>();
        for (var i = 0; i < count; i++)
        {
            kept.Add(await query.LoadAsync(null, null, Audience.Internal));
        }

        var perModel = (LiveHeap() - before) / (double)count;
        GC.KeepAlive(kept);
        return FormattableString.Invariant($"models {perModel:0}");
    }

    private static long LiveHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The overview's query without a circuit: <paramref name="parallel"/> callers each loading <paramref name="each"/> areas in turn.</summary>
    private static async Task<string> QueryAsync(OverviewQuery query, int parallel, int each, string[] areas)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var timings = await Task.WhenAll(Enumerable.Range(0, parallel).Select(async caller =>
        {
            var mine = new List<double>();
            for (var i = 0; i < each; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await query.LoadAsync(areas[(caller + i) % areas.Length], null, Audience.Internal);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return mine;
        }));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var all = timings.SelectMany(t => t).ToList();
        return FormattableString.Invariant($"query {Percentiles.Of(all, 50):0.0} {Percentiles.Of(all, 95):0.0} {cpu.TotalMilliseconds / all.Count:0.0}");
    }
}
