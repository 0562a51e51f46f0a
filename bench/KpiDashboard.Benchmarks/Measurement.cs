using System.Diagnostics;
using System.Globalization;

namespace KpiDashboard.Benchmarks;

/// <summary>Wall time, this process's peak working set while it ran, and what it allocated.</summary>
public sealed record Measurement(string Name, TimeSpan Elapsed, long PeakWorkingSetBytes, long AllocatedBytes)
{
    public static async Task<Measurement> RunAsync(string name, Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var sampler = new PeakSampler();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        await work();
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(name, stopwatch.Elapsed, sampler.Stop(), allocated);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-52} | {Elapsed.TotalSeconds,7:0.00} s | {PeakWorkingSetBytes / 1048576.0,8:0} MB | {AllocatedBytes / 1048576.0,9:0} MB |");

    public const string Header =
        "| run                                                  |   wall    | peak RSS    | allocated    |\n" +
        "|------------------------------------------------------|-----------|-------------|--------------|";

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
