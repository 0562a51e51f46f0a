using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>What <see cref="Suppression.Decide"/> decided for each figure of a grid.</summary>
public sealed class SuppressionPlan(FigureGrid grid, IReadOnlyDictionary<CellKey, SuppressionReason> decisions)
{
    public FigureGrid Grid { get; } = grid;

    /// <summary>Every figure a public audience sees as <c>c</c>, and why.</summary>
    public IReadOnlyDictionary<CellKey, SuppressionReason> Suppressed { get; } = decisions;

    public SuppressionReason ReasonFor(CellKey key) => Suppressed.GetValueOrDefault(key, SuppressionReason.None);

    public bool IsSuppressed(CellKey key) => Suppressed.ContainsKey(key);

    /// <summary>Whether the audience may read this figure's numbers.</summary>
    public bool IsShown(CellKey key, Audience audience) => audience == Audience.Internal || !IsSuppressed(key);

    public PublishedFigure Publish(FigureCell cell, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var reason = ReasonFor(cell.Key);
        return audience == Audience.Public && reason != SuppressionReason.None
            ? new PublishedFigure(cell.Key, null, null, null, ObservationStatus.Suppressed, reason)
            : new PublishedFigure(cell.Key, cell.Value, cell.Numerator, cell.Denominator, cell.Status, reason);
    }

    public IReadOnlyList<PublishedFigure> Publish(Audience audience) =>
        [.. Grid.Cells.OrderBy(c => c.Metric, StringComparer.Ordinal).ThenBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Month).Select(c => Publish(c, audience))];

    /// <summary>Which changes, points and SPC signals of one measure's series in one area the audience may see.</summary>
    public DerivedVisibility DerivedFor(string metric, string area, Audience audience) =>
        DerivedVisibility.FromSeries(
            Grid.Series(metric, area).Select(c => new SeriesPoint(c.Month, c.HasValue, IsSuppressed(c.Key))),
            audience);
}
