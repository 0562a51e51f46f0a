namespace KpiDashboard.CircuitBenchmarks;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of the values.</summary>
    public static double Of(IReadOnlyCollection<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
