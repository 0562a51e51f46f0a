using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Publication;
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

    /// <summary>For the internal audience: why the figure would be <c>c</c> if published; the public's models never say.</summary>
    public SuppressionReason WhenPublished { get; init; }

    /// <summary>Shown as <c>c</c>: suppressed for this audience, or imported as <c>c</c>.</summary>
    public bool Suppressed => Value is null && Status == ObservationStatus.Suppressed;

    /// <summary>A figure as the audience may see it (<see cref="FigureRedactor.Publish(EffectiveFigure)"/>).</summary>
    public static Figure From(PublishedFigure published, bool computed, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(published);
        return new(published.Value, published.Status, published.Numerator, published.Denominator)
        {
            Computed = computed,
            WhenPublished = audience == Audience.Internal ? published.Reason : SuppressionReason.None,
        };
    }

    /// <summary>
    /// Months of a count added up: <c>c</c> when any month is (the sum and the other months would give it away), and
    /// marked for the internal audience when any month would be; null when there are none.
    /// </summary>
    public static Figure? Sum(IReadOnlyList<Figure> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var known = months.Where(f => f.Value is not null || f.Suppressed).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var marked = known.Select(f => f.WhenPublished).FirstOrDefault(r => r != SuppressionReason.None);
        return known.Any(f => f.Suppressed)
            ? new Figure(null, ObservationStatus.Suppressed, null, null) { WhenPublished = marked }
            : new Figure(known.Sum(f => f.Value!.Value), ObservationStatus.Actual, null, null) { WhenPublished = marked };
    }
}

/// <summary>An area's figures, one per month of the window; null where there is no row at all.</summary>
public sealed record AreaSeries(AreaChoice Area, IReadOnlyList<Figure?> Figures);

public sealed record EventMarker(DateOnly Date, string Text);

/// <summary>The four audit-grade counts (best to worst) for a quadrant and month.</summary>
public sealed record GradeCounts(AreaChoice Area, DateOnly Month, IReadOnlyList<decimal?> Counts)
{
    /// <summary>Per count: shown as <c>c</c>. Then the month's total and shares are too, as they would give it away.</summary>
    public IReadOnlyList<bool> Suppressed { get; init; } = [];

    /// <summary>Per count, for the internal audience: why it would be <c>c</c> if published.</summary>
    public IReadOnlyList<SuppressionReason> WhenPublished { get; init; } = [];

    public bool AnySuppressed => Suppressed.Any(s => s);

    public bool IsSuppressed(int grade) => grade < Suppressed.Count && Suppressed[grade];

    public SuppressionReason WhenPublishedFor(int grade) => grade < WhenPublished.Count ? WhenPublished[grade] : SuppressionReason.None;

    public static GradeCounts Of(AreaChoice area, DateOnly month, IReadOnlyList<Figure?> grades) =>
        new(area, month, [.. grades.Select(f => f?.Value)])
        {
            Suppressed = [.. grades.Select(f => f?.Suppressed == true)],
            WhenPublished = [.. grades.Select(f => f?.WhenPublished ?? SuppressionReason.None)],
        };
}

/// <summary>A quadrant's practitioners appointed over the six months to a month, and its vacancies at that month's end.</summary>
public sealed record WorkforceFigures(AreaChoice Area, decimal? Appointed, decimal? Vacancies)
{
    public const int AppointmentMonths = 6;

    public Figure? AppointedFigure { get; init; }

    public Figure? VacanciesFigure { get; init; }

    public static WorkforceFigures Of(AreaChoice area, Figure? appointed, Figure? vacancies) =>
        new(area, appointed?.Value, vacancies?.Value) { AppointedFigure = appointed, VacanciesFigure = vacancies };
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

    /// <summary>The commentary on the chosen area's last month shown, if anyone wrote one (never for the public).</summary>
    public CommentaryView? Commentary { get; init; }

    /// <summary>Who the figures were read for: the public's are suppressed, the internal audience's marked.</summary>
    public Audience Audience { get; init; }

    /// <summary>When an import last changed the figures: the public page's "figures as at".</summary>
    public DateTimeOffset? FiguresAsAt { get; init; }

    /// <summary>The last month shown, or null when the metric has no figures at all.</summary>
    public DateOnly? End => Window.Count > 0 ? Window[^1] : null;

    public AreaSeries SeriesFor(AreaChoice area) => Series.First(s => s.Area.Id == area.Id);

    /// <summary>
    /// What the comparison chart draws: the authority and its quadrants. Localities are left out (a quadrant's localities
    /// beside every quadrant would crowd it); each has its own trend and SPC chart when chosen.
    /// </summary>
    public IReadOnlyList<AreaSeries> ComparisonSeries => [.. Series.Where(s => s.Area.Kind != AreaKind.Locality)];
}
