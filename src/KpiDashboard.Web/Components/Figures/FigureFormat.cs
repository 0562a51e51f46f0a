using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Components.Figures;

/// <summary>Formats figures the way a UK committee paper writes them: 29%, 1,213, 7.5 FTE, Jun 2020.</summary>
public static class FigureFormat
{
    public static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(decimal value, MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => Number(value) + "%",
        MetricUnit.Fte => Number(value) + " FTE",
        MetricUnit.Days => Number(value) + (value == 1 ? " day" : " days"),
        MetricUnit.Rate => Number(value) + " per 10,000",
        _ => Number(value),
    };

    /// <summary>A figure or, when withheld, what its status symbol means.</summary>
    public static string Value(decimal? value, ObservationStatus status, MetricUnit unit) => value is { } v
        ? Value(v, unit)
        : status switch
        {
            ObservationStatus.Suppressed => Features.Publication.Suppression.Symbol,
            ObservationStatus.NotApplicable => "Not applicable (z)",
            ObservationStatus.RoundsToZero => "Fewer than 0.5 (low)",
            ObservationStatus.LowReliability => "Low reliability (u)",
            ObservationStatus.NotComputable => "Not computable",
            _ => "Not available (x)",
        };

    /// <summary>The size of a change: percentage points for percentages, otherwise the unit's own form.</summary>
    public static string Difference(decimal delta, MetricUnit unit)
    {
        var size = Math.Abs(delta);
        return unit == MetricUnit.Percent
            ? Number(size) + (size == 1 ? " point" : " points")
            : Value(size, unit);
    }

    // The invariant culture abbreviates September as "Sep"; .NET's en-GB writes "Sept", which spreadsheets don't.
    public static string Month(DateOnly period) => period.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"840 KB", "2.4 MB".</summary>
    public static string FileSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / 1024.0 / 1024.0:0.#} MB"
        : $"{Math.Ceiling(bytes / 1024.0):0} KB";

    private static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", Uk) : value.ToString("#,##0.0", Uk);
}
