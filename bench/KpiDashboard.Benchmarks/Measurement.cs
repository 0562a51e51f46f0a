using System.Diagnostics;
using System.Globalization;

namespace KpiDashboard.Benchmarks;

/// <summary>
/// Wall time, the CPU time this process and the PostgreSQL cluster spent, this process's peak working set
/// while it ran, and what it allocated.
/// </summary>
public sealed record Measurement(string Name, TimeSpan Elapsed, TimeSpan DotnetCpu, TimeSpan PostgresCpu, long PeakWorkingSetBytes, long AllocatedBytes)
{
    public static async Task<Measurement> RunAsync(string name, ClusterCpu postgres, Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new PeakSampler();
        using var process = Process.GetCurrentProcess();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (dotnetBefore, postgresBefore) = (process.TotalProcessorTime, postgres.Read());
        var stopwatch = Stopwatch.StartNew();
        await work();
        stopwatch.Stop();
        process.Refresh();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(name, stopwatch.Elapsed, process.TotalProcessorTime - dotnetBefore, postgres.Read() - postgresBefore,
            sampler.Stop(), allocated);
    }

    /// <summary>The run with the median wall time, named for the set it stands for.</summary>
    public static Measurement Median(IReadOnlyList<Measurement> runs, string name) =>
        runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2) with { Name = name };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-58} | {Elapsed.TotalSeconds,7:0.00} s | {DotnetCpu.TotalSeconds,6:0.00} s | {PostgresCpu.TotalSeconds,6:0.00} s | {PeakWorkingSetBytes / 1048576.0,6:0} MB | {AllocatedBytes / 1048576.0,6:0} MB |");

    public const string Header =
        "| run                                                        |   wall    | .NET CPU | PG CPU   | peak RSS | allocated |\n" +
        "|------------------------------------------------------------|-----------|----------|----------|----------|-----------|";

    /// <summary>Samples the working set every 5 ms, because the process-wide peak never goes down.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak = Environment.WorkingSet;

        public PeakSampler() => _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var now = Environment.WorkingSet;
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }

                await Task.Delay(5).ConfigureAwait(false);
            }
        });

        public long Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return Math.Max(_peak, Environment.WorkingSet);
        }

        public void Dispose() => _stop.Dispose();
    }
}
