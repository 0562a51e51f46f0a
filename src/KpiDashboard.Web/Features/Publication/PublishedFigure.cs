using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// A figure as one audience may see it. For the public, a suppressed figure carries no value, numerator or denominator
/// and the status <see cref="ObservationStatus.Suppressed"/> (shown as <c>c</c>, plotted as a gap); for the internal
/// audience it keeps its numbers and <see cref="Reason"/> says it would be suppressed if published.
/// </summary>
public sealed record PublishedFigure(
    CellKey Key,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    ObservationStatus Status,
    SuppressionReason Reason)
{
    /// <summary>Suppressed, or would be if published: the internal pages' marker.</summary>
    public bool SuppressedWhenPublished => Reason != SuppressionReason.None;
}
