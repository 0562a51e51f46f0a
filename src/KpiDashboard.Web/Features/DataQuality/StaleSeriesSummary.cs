namespace KpiDashboard.Web.Features.DataQuality;

/// <summary>
/// When every series is out of date in the same way (a whole upload is late), that is one fact, not one row per
/// series: it is said once, and the list keeps only the series with something else to check.
/// </summary>
public sealed record StaleSeriesSummary(string? AllOutOfDate, IReadOnlyList<SeriesQuality> ToCheck)
{
    public static StaleSeriesSummary Of(IReadOnlyList<SeriesQuality> series)
    {
        var staleness = series.Select(s => s.Flags.FirstOrDefault(f => f.Kind == DataQualityKind.OutOfDate)?.Detail).Distinct().ToList();
        if (series.Count < 2 || staleness is not [{ } shared])
        {
            return new StaleSeriesSummary(null, series);
        }

        var rest = series
            .Select(s => s with { Flags = [.. s.Flags.Where(f => f.Kind != DataQualityKind.OutOfDate)] })
            .Where(s => s.Flags.Count > 0)
            .ToList();
        return new StaleSeriesSummary($"Every series is out of date: {char.ToLowerInvariant(shared[0])}{shared[1..]}", rest);
    }
}
