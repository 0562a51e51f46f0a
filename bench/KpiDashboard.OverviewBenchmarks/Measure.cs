using System.Diagnostics;
using System.Globalization;

namespace KpiDashboard.OverviewBenchmarks;

/// <summary>Runs an operation after a warm-up and reports its median, 95th percentile and fastest time.</summary>
internal sealed record Timing(string Name, double MedianMs, double P95Ms, double MinMs, double? TargetMs)
{
    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {MedianMs:0.00} | {P95Ms:0.00} | {MinMs:0.00} | {(TargetMs is { } t ? $"{t:0} ({(P95Ms < t ? "met" : "MISSED")})" : "reference")} |");

    public static async Task<Timing> OfAsync(string name, Func<Task> operation, int iterations, double? targetMs = null)
    {
        for (var i = 0; i < 5; i++)
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
