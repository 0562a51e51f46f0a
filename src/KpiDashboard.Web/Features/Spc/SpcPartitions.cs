namespace KpiDashboard.Web.Features.Spc;

/// <summary>Splits a series at its recalculation points and works out each partition's mean and limits.</summary>
internal static class SpcPartitions
{
    private const decimal LimitFactor = 2.66m;

    /// <summary>The partition each point belongs to, point by point.</summary>
    public static SpcPartition[] Build(IReadOnlyList<SpcInputPoint> points, SpcOptions options, IEnumerable<SpcRecalculation> recalculations)
    {
        var starts = Starts(points, recalculations);
        var result = new SpcPartition[points.Count];
        for (var p = 0; p < starts.Count; p++)
        {
            var (start, recalculation) = starts[p];
            var end = p + 1 < starts.Count ? starts[p + 1].Start : points.Count;
            var partition = recalculation is null && options.Baseline is { } period
                ? FixedOn(points, start, end, period, options.BaselineMonths)
                : Calculate(points, start, end, recalculation is null ? options.BaselineMonths : recalculation.BaselineMonths, recalculation?.Reason);
            Array.Fill(result, partition, start, end - start);
        }

        return result;
    }

    /// <summary>
    /// Where partitions start. A recalculation takes effect only once both the partition it ends and the one it
    /// begins have the 13 points limits need; until then the earlier limits carry on.
    /// </summary>
    private static List<(int Start, SpcRecalculation? Recalculation)> Starts(IReadOnlyList<SpcInputPoint> points, IEnumerable<SpcRecalculation> recalculations)
    {
        var starts = new List<(int Start, SpcRecalculation? Recalculation)> { (0, null) };
        foreach (var recalculation in recalculations.OrderBy(r => r.From))
        {
            var index = points.Count(p => p.Period < recalculation.From);
            if (index - starts[^1].Start >= SpcOptions.MinimumPoints && points.Count - index >= SpcOptions.MinimumPoints)
            {
                starts.Add((index, recalculation));
            }
        }

        return starts;
    }

    /// <summary>
    /// The first partition's limits from the figures of the baseline months inside it (moving ranges between consecutive
    /// figures there), applied to the whole partition; with too few figures there, the partition's own limits.
    /// </summary>
    private static SpcPartition FixedOn(IReadOnlyList<SpcInputPoint> points, int start, int end, SpcBaselinePeriod period, int? baselineMonths)
    {
        var values = Enumerable.Range(start, end - start).Where(i => period.Contains(points[i].Period)).Select(i => points[i].Value).ToList();
        return values.Count < SpcOptions.MinimumBaselinePoints
            ? Calculate(points, start, end, baselineMonths, null) with { BaselineNotUsed = period }
            : Limits(points, start, end, null, values) with { FixedOn = period };
    }

    private static SpcPartition Calculate(IReadOnlyList<SpcInputPoint> points, int start, int end, int? baselineMonths, string? reason)
    {
        // A baseline shorter than the minimum would give limits on too few points, so it is lengthened to 13.
        var basis = Math.Min(end - start, Math.Max(baselineMonths ?? end - start, SpcOptions.MinimumPoints));
        return Limits(points, start, end, reason, [.. Enumerable.Range(start, basis).Select(i => points[i].Value)]);
    }

    private static SpcPartition Limits(IReadOnlyList<SpcInputPoint> points, int start, int end, string? reason, List<decimal> values)
    {
        var basis = values.Count;
        var mean = values.Average();
        var meanMovingRange = values.Zip(values.Skip(1), (a, b) => Math.Abs(b - a)).Average();
        var limit = LimitFactor * meanMovingRange;
        var twoSigma = limit * 2m / 3m;
        return new SpcPartition(points[start].Period, points[end - 1].Period, reason, basis, mean, meanMovingRange,
            mean + limit, mean - limit, mean + twoSigma, mean - twoSigma);
    }
}
