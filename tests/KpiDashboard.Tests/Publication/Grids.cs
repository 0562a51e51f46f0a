using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>Hand-made grids: an authority and its four quadrants.</summary>
internal static class Grids
{
    public const string Authority = "LA";
    public static readonly string[] Quadrants = ["NE", "NW", "SE", "SW"];
    public static readonly DateOnly May = new(2026, 5, 1);

    public static readonly IReadOnlyList<AreaNode> Areas =
        [new(Authority, null), .. Quadrants.Select((q, i) => new AreaNode(q, Authority, i + 1))];

    public static FigureCell Count(string metric, string area, decimal? value, DateOnly? month = null) =>
        new(metric, area, month ?? May, value, null, null, value is null ? ObservationStatus.NotAvailable : ObservationStatus.Actual);

    public static FigureCell Rate(string metric, string area, decimal numerator, decimal denominator, DateOnly? month = null) =>
        new(metric, area, month ?? May, denominator == 0 ? null : 100m * numerator / denominator, numerator, denominator,
            denominator == 0 ? ObservationStatus.NotComputable : ObservationStatus.Actual);

    /// <summary>A count in the four quadrants, with the authority as their sum.</summary>
    public static IEnumerable<FigureCell> Quadrant(string metric, decimal ne, decimal nw, decimal se, decimal sw, DateOnly? month = null)
    {
        yield return Count(metric, Authority, ne + nw + se + sw, month);
        yield return Count(metric, "NE", ne, month);
        yield return Count(metric, "NW", nw, month);
        yield return Count(metric, "SE", se, month);
        yield return Count(metric, "SW", sw, month);
    }

    public static SuppressionPlan Decide(IEnumerable<FigureCell> cells, params MetricRule[] rules) =>
        Suppression.Decide(new FigureGrid(cells), new PublicationCatalogue(rules, Areas));

    public static SuppressionReason Reason(this SuppressionPlan plan, string metric, string area, DateOnly? month = null) =>
        plan.ReasonFor(new CellKey(metric, area, month ?? May));
}
