using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Spots a percentage metric written both as fractions (0.29) and as percentages (29 or 29%) in one file,
/// which happens when sheets are pasted together and would store some figures a hundred times too small.
/// </summary>
internal sealed class PercentStyles
{
    private readonly Dictionary<int, (int FractionRow, string FractionText, int WholeRow, string WholeText)> _firstSeen = [];
    private readonly HashSet<int> _reported = [];

    /// <summary>The problem, the first time a metric's values mix the two styles; otherwise null.</summary>
    public string? FindMix(Metric metric, RawRow row, decimal? value)
    {
        var text = row.Value.Trim();
        if (value is not { } v || text.Length == 0 || _reported.Contains(metric.Id))
        {
            return null;
        }

        var isFraction = v is > 0 and < 1 && !text.Contains('%', StringComparison.Ordinal);
        var isWhole = v > 1 || text.Contains('%', StringComparison.Ordinal);
        if (!isFraction && !isWhole)
        {
            return null;
        }

        _firstSeen.TryGetValue(metric.Id, out var seen);
        if (isFraction && seen.FractionRow == 0)
        {
            seen = seen with { FractionRow = row.Row, FractionText = text };
        }
        else if (isWhole && seen.WholeRow == 0)
        {
            seen = seen with { WholeRow = row.Row, WholeText = text };
        }

        _firstSeen[metric.Id] = seen;
        // Only first occurrences are kept, so the row that completes the pair is the one reported.
        if (seen.FractionRow == 0 || seen.WholeRow == 0)
        {
            return null;
        }

        _reported.Add(metric.Id);
        return string.Create(CultureInfo.InvariantCulture,
            $"{metric.Code} is written as a fraction in row {seen.FractionRow} ({seen.FractionText}) but as a percentage in row {seen.WholeRow} ({seen.WholeText}); write every {metric.Code} value as a percentage such as 29");
    }
}
