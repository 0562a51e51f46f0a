using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>A metric as the detail page describes it, with every target it has had, and when it was retired, if it was.</summary>
public sealed record MetricFacts(
    string Code, string Name, string Theme, string Definition, MetricUnit Unit, Polarity Polarity, IReadOnlyList<MetricTarget> Targets)
{
    public DateTimeOffset? RetiredAt { get; init; }
}

public sealed record AreaChoice(int Id, string Code, string Name, AreaKind Kind);

/// <summary>
/// One figure; <see cref="Value"/> is null for a withheld one (suppressed, not available, not computable...).
/// <see cref="Computed"/>: the authority's figure worked out from its quadrants, as no authority row was imported.
/// </summary>
public sealed record Figure(decimal? Value, ObservationStatus Status, decimal? Numerator, decimal? Denominator)
{
    public bool Computed { get; init; }
}

/// <summary>An area's figures, one per month of the window; null where there is no row at all.</summary>
public sealed record AreaSeries(AreaChoice Area, IReadOnlyList<Figure?> Figures);

public sealed record EventMarker(DateOnly Date, string Text);

/// <summary>The four audit-grade counts (best to worst) for a quadrant and month.</summary>
public sealed record GradeCounts(AreaChoice Area, DateOnly Month, IReadOnlyList<decimal?> Counts)
{
    /// <summary>Which counts are withheld (shown as c): imported so, or suppressed for a public audience.</summary>
    public IReadOnlyList<bool> Suppressed { get; init; } = [];

    public bool IsSuppressed(int grade) => grade < Suppressed.Count && Suppressed[grade];

    /// <summary>A total, or a share of it, over a withheld count would give that count back.</summary>
    public bool AnySuppressed => Suppressed.Any(s => s);
}

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
    /// <summary>The chosen area's XmR chart up to the last month shown (no points when there are no figures).</summary>
    public SpcResult Spc { get; init; } = new([], [], null, null);

    /// <summary>The comparator series (England, region, statistical neighbours) drawn on the trend.</summary>
    public IReadOnlyList<BenchmarkSeries> Benchmarks { get; init; } = [];

    /// <summary>The commentary on the chosen area's last month shown, if anyone wrote one.</summary>
    public CommentaryView? Commentary { get; init; }

    /// <summary>The last month shown, or null when the metric has no figures at all.</summary>
    public DateOnly? End => Window.Count > 0 ? Window[^1] : null;

    public AreaSeries SeriesFor(AreaChoice area) => Series.First(s => s.Area.Id == area.Id);

    /// <summary>
    /// What the comparison chart draws: the authority and its quadrants. Localities are left out (a quadrant's localities
    /// beside every quadrant would crowd it); each has its own trend and SPC chart when chosen.
    /// </summary>
    public IReadOnlyList<AreaSeries> ComparisonSeries => [.. Series.Where(s => s.Area.Kind != AreaKind.Locality)];
}
