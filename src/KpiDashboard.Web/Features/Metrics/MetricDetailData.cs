using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>A metric as the detail page describes it, with every target it has had.</summary>
public sealed record MetricFacts(
    string Code, string Name, string Theme, string Definition, MetricUnit Unit, Polarity Polarity, IReadOnlyList<MetricTarget> Targets);

public sealed record AreaChoice(int Id, string Code, string Name, AreaKind Kind);

/// <summary>One stored figure; <see cref="Value"/> is null for a withheld one (suppressed, not available...).</summary>
public sealed record Figure(decimal? Value, ObservationStatus Status, decimal? Numerator, decimal? Denominator);

/// <summary>An area's figures, one per month of the window; null where there is no row at all.</summary>
public sealed record AreaSeries(AreaChoice Area, IReadOnlyList<Figure?> Figures);

public sealed record EventMarker(DateOnly Date, string Text);

/// <summary>The four audit-grade counts (best to worst) for a quadrant and month.</summary>
public sealed record GradeCounts(AreaChoice Area, DateOnly Month, IReadOnlyList<decimal?> Counts);

/// <summary>Practitioners appointed in a month and vacancies at its end, for one quadrant.</summary>
/// <summary>A quadrant's practitioners appointed over the six months to a month, and its vacancies at that month's end.</summary>
public sealed record WorkforceFigures(AreaChoice Area, decimal? Appointed, decimal? Vacancies)
{
    public const int AppointmentMonths = 6;
}

/// <summary>What the detail page needs for a metric, area and window of months.</summary>
public sealed record MetricDetailData(
    MetricFacts Metric,
    AreaChoice Area,
    IReadOnlyList<AreaChoice> Areas,
    IReadOnlyList<DateOnly> AvailableMonths,
    int Range,
    IReadOnlyList<DateOnly> Window,
    IReadOnlyList<AreaSeries> Series,
    IReadOnlyList<EventMarker> Events,
    IReadOnlyList<GradeCounts>? Grades,
    IReadOnlyList<WorkforceFigures>? Workforce)
{
    /// <summary>The last month shown, or null when the metric has no figures at all.</summary>
    public DateOnly? End => Window.Count > 0 ? Window[^1] : null;

    public AreaSeries SeriesFor(AreaChoice area) => Series.First(s => s.Area.Id == area.Id);
}
