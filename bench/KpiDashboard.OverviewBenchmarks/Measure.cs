using System.Diagnostics;
using System.Globalization;

namespace KpiDashboard.OverviewBenchmarks;

/// <summary>
/// Runs an operation after a warm-up and reports its median, 95th percentile and fastest time. The warm-up lasts
/// at least 5 seconds and 100 runs: .NET compiles a method quickly first and optimises it only after about 30 calls
/// and a pause, so a shorter warm-up times the unoptimised code a running server would long since have replaced
/// (measured here: building the 60 tiles took about 30 ms for the first 50 runs and 3 to 5 ms after).
/// </summary>
internal sealed record Timing(string Name, double MedianMs, double P95Ms, double MinMs, double? TargetMs)
{
    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {MedianMs:0.00} | {P95Ms:0.00} | {MinMs:0.00} | {(TargetMs is { } t ? $"{t:0} ({(P95Ms < t ? "met" : "MISSED")})" : "reference")} |");

    public const int WarmUpRuns = 100;
    public static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    public static async Task<Timing> OfAsync(string name, Func<Task> operation, int iterations, double? targetMs = null)
    {
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpRuns || warmUp.Elapsed < WarmUpTime; i++)
        {
            await operation();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(name, times[iterations / 2], times[(int)Math.Ceiling(iterations * 0.95) - 1], times[0], targetMs);
    }
}
