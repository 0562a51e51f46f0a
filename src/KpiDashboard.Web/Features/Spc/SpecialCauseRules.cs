namespace KpiDashboard.Web.Features.Spc;

/// <summary>Whether a point is a special cause above the mean, below it, or (rarely) both.</summary>
internal readonly record struct Signal(bool High, bool Low);

/// <summary>
/// The four Making Data Count special-cause rules. Each point is compared with its own partition's mean and
/// limits, so runs may cross a recalculation.
/// </summary>
internal static class SpecialCauseRules
{
    public static Signal[] Find(IReadOnlyList<decimal> values, IReadOnlyList<SpcPartition> limits, SpcOptions options)
    {
        var high = new bool[values.Count];
        var low = new bool[values.Count];
        BeyondLimits(values, limits, high, low);
        Shifts(values, limits, options.ShiftLength, high, low);
        Trends(values, options.TrendLength, high, low);
        TwoInThree(values, limits, high, low);
        return high.Zip(low, (h, l) => new Signal(h, l)).ToArray();
    }

    /// <summary>Rule 1: a single point above the upper or below the lower process limit.</summary>
    private static void BeyondLimits(IReadOnlyList<decimal> values, IReadOnlyList<SpcPartition> limits, bool[] high, bool[] low)
    {
        for (var i = 0; i < values.Count; i++)
        {
            high[i] |= values[i] > limits[i].UpperLimit;
            low[i] |= values[i] < limits[i].LowerLimit;
        }
    }

    /// <summary>Rule 2: a run of points all above, or all below, the mean; a point on the mean breaks it.</summary>
    private static void Shifts(IReadOnlyList<decimal> values, IReadOnlyList<SpcPartition> limits, int length, bool[] high, bool[] low)
    {
        var sides = values.Select((v, i) => Math.Sign(v - limits[i].Mean)).ToList();
        FlagRuns(sides, 0, length, high, low);
    }

    /// <summary>Rule 3: a run of points each higher, or each lower, than the one before; an equal value breaks it.</summary>
    private static void Trends(IReadOnlyList<decimal> values, int length, bool[] high, bool[] low)
    {
        // steps[i] compares point i with point i - 1; a run of k equal steps spans k + 1 points.
        var steps = values.Select((v, i) => i == 0 ? 0 : Math.Sign(v - values[i - 1])).ToList();
        FlagRuns(steps, 1, length, high, low);
    }

    /// <summary>Marks each run of equal non-zero signs that spans at least <paramref name="length"/> points.</summary>
    private static void FlagRuns(List<int> signs, int pointsBeforeRun, int length, bool[] high, bool[] low)
    {
        var runStart = 0;
        for (var i = 1; i <= signs.Count; i++)
        {
            if (i < signs.Count && signs[i] == signs[runStart])
            {
                continue;
            }

            var first = runStart - pointsBeforeRun;
            if (signs[runStart] != 0 && i - first >= length)
            {
                Array.Fill(signs[runStart] > 0 ? high : low, true, first, i - first);
            }

            runStart = i;
        }
    }

    /// <summary>
    /// Rule 4: of three consecutive points on the same side of the mean, two or three beyond the two-sigma line
    /// on that side. Only those points are flagged, and a point beyond the process limit counts under rule 1.
    /// </summary>
    private static void TwoInThree(IReadOnlyList<decimal> values, IReadOnlyList<SpcPartition> limits, bool[] high, bool[] low)
    {
        for (var i = 0; i + 2 < values.Count; i++)
        {
            var window = Enumerable.Range(i, 3).ToList();
            var side = Math.Sign(values[i] - limits[i].Mean);
            if (side == 0 || window.Any(j => Math.Sign(values[j] - limits[j].Mean) != side))
            {
                continue;
            }

            var beyond = window.Where(j => side > 0
                ? values[j] > limits[j].UpperTwoSigma && values[j] <= limits[j].UpperLimit
                : values[j] < limits[j].LowerTwoSigma && values[j] >= limits[j].LowerLimit).ToList();
            if (beyond.Count >= 2)
            {
                beyond.ForEach(j => (side > 0 ? high : low)[j] = true);
            }
        }
    }
}
