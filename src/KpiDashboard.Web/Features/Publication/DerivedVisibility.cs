namespace KpiDashboard.Web.Features.Publication;

/// <summary>One month of a series: whether it holds a number, and whether that number is suppressed when published.</summary>
public sealed record SeriesPoint(DateOnly Month, bool HasValue, bool Suppressed);

/// <summary>
/// Which figures derived from one series an audience may see. A change is the difference of two figures, so it is shown
/// only when both are; a suppressed point is a gap in a sparkline or chart, never a zero; and SPC limits and signal
/// icons are computed from every point, so publicly a series with any suppressed point shows none.
/// </summary>
public sealed class DerivedVisibility
{
    private readonly HashSet<DateOnly> shown;

    private DerivedVisibility(HashSet<DateOnly> shown, bool spcSignals)
    {
        this.shown = shown;
        MayShowSpcSignals = spcSignals;
    }

    /// <summary>SPC limits, centre line and signal icons (the internal audience always sees them).</summary>
    public bool MayShowSpcSignals { get; }

    public static DerivedVisibility FromSeries(IEnumerable<SeriesPoint> series, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.ToList();
        var hidden = audience == Audience.Public;
        var shown = points.Where(p => p.HasValue && !(hidden && p.Suppressed)).Select(p => p.Month).ToHashSet();
        return new DerivedVisibility(shown, !(hidden && points.Any(p => p.Suppressed)));
    }

    /// <summary>Whether the month is drawn as a point (otherwise a gap) and written as a number (otherwise <c>c</c>).</summary>
    public bool MayPlot(DateOnly month) => shown.Contains(month);

    /// <summary>The change into this month from the month before.</summary>
    public bool MayShowMonthOnMonth(DateOnly month) => shown.Contains(month) && shown.Contains(month.AddMonths(-1));

    /// <summary>The change into this month from the same month a year before.</summary>
    public bool MayShowYearOnYear(DateOnly month) => shown.Contains(month) && shown.Contains(month.AddMonths(-12));
}
