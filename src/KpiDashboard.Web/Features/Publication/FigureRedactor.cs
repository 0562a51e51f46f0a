using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// The suppression plan applied for one audience, by the ids the queries read. Every channel passes each figure
/// through <see cref="Publish"/> before it draws, writes or sends it. For the public, a figure's numbers come from the
/// plan's own snapshot, never from the caller, so a figure imported after the plan was decided is never shown
/// unchecked; for the internal audience the caller's figure is kept and marked with why it would be suppressed.
/// </summary>
public sealed class FigureRedactor(PlannedFigures planned, Audience audience)
{
    public Audience Audience { get; } = audience;

    /// <summary>
    /// The internal audience's figures as they are, with no markers: for an internal pack built while no plan can be
    /// decided (the public is never given this).
    /// </summary>
    public static FigureRedactor InternalWithoutPlan() => new(
        new PlannedFigures(0, Suppression.Decide(new FigureGrid([]), new PublicationCatalogue([], [])),
            new Dictionary<int, string>(), new Dictionary<int, string>(), null),
        Audience.Internal);

    public bool IsPublic => Audience == Audience.Public;

    /// <summary>When the figures were last changed by an import: the public pages' "figures as at".</summary>
    public DateTimeOffset? FiguresAsAt => planned.FiguresAsAt;

    public SuppressionPlan Plan => planned.Plan;

    public PublishedFigure Publish(int metricId, int areaId, DateOnly month, decimal? value, decimal? numerator, decimal? denominator, ObservationStatus status)
    {
        if (Key(metricId, areaId, month) is not { } key)
        {
            return Unchecked(metricId, areaId, month, value, numerator, denominator, status);
        }

        if (planned.Plan.Grid.Find(key) is not { } cell)
        {
            return Unchecked(metricId, areaId, month, value, numerator, denominator, status) with { Key = key };
        }

        return IsPublic
            ? planned.Plan.Publish(cell, Audience.Public)
            : new PublishedFigure(key, value, numerator, denominator, status, planned.Plan.ReasonFor(key));
    }

    public PublishedFigure Publish(EffectiveFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Publish(figure.MetricId, figure.AreaId, figure.Period, figure.Value, figure.Numerator, figure.Denominator, figure.Status);
    }

    /// <summary>Which points, changes and SPC signals of one measure in one area this audience may see.</summary>
    public DerivedVisibility DerivedFor(int metricId, int areaId) =>
        planned.MetricCodes.TryGetValue(metricId, out var metric) && planned.AreaCodes.TryGetValue(areaId, out var area)
            ? planned.Plan.DerivedFor(metric, area, Audience)
            : DerivedVisibility.FromSeries([], Audience);

    /// <summary>Publicly, a series with a suppressed point shows no SPC limits, centre line or icons.</summary>
    public bool MayShowSpcSignals(int metricId, int areaId) => DerivedFor(metricId, areaId).MayShowSpcSignals;

    private CellKey? Key(int metricId, int areaId, DateOnly month) =>
        planned.MetricCodes.TryGetValue(metricId, out var metric) && planned.AreaCodes.TryGetValue(areaId, out var area)
            ? new CellKey(metric, area, month)
            : null;

    // A figure the plan has not seen (written after it was decided): the internal audience sees it as it is; the
    // public sees it only once a plan has decided it, unless it carries no number anyway.
    private PublishedFigure Unchecked(int metricId, int areaId, DateOnly month, decimal? value, decimal? numerator, decimal? denominator, ObservationStatus status)
    {
        var key = new CellKey(metricId.ToString(System.Globalization.CultureInfo.InvariantCulture), areaId.ToString(System.Globalization.CultureInfo.InvariantCulture), month);
        return IsPublic && status.HasValue()
            ? new PublishedFigure(key, null, null, null, ObservationStatus.Suppressed, SuppressionReason.Unchecked)
            : new PublishedFigure(key, value, numerator, denominator, status, SuppressionReason.None);
    }
}
