using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;

namespace KpiDashboard.Tests.Metrics;

/// <summary>Small hand-made inputs for the chart builders: no database needed.</summary>
internal static class ChartFixtures
{
    public static readonly AreaChoice Surrey = new(1, "SCC", "Surrey", AreaKind.Authority);
    public static readonly AreaChoice NorthEast = new(2, "NE", "North East", AreaKind.Quadrant);
    public static readonly AreaChoice NorthWest = new(3, "NW", "North West", AreaKind.Quadrant);
    public static readonly AreaChoice SouthEast = new(4, "SE", "South East", AreaKind.Quadrant);
    public static readonly AreaChoice SouthWest = new(5, "SW", "South West", AreaKind.Quadrant);
    public static readonly IReadOnlyList<AreaChoice> Areas = [Surrey, NorthEast, NorthWest, SouthEast, SouthWest];

    public static IReadOnlyList<DateOnly> Months(int year, int month, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new DateOnly(year, month, 1).AddMonths(i))];

    public static MetricTarget Target(int year, int month, decimal? target, decimal green, decimal red, int? areaId = null) =>
        new() { EffectiveFrom = new DateOnly(year, month, 1), Target = target, Green = green, Red = red, AreaId = areaId };

    public static MetricFacts Metric(Polarity polarity, MetricUnit unit = MetricUnit.Percent, params MetricTarget[] targets) =>
        new("audits-inadequate-pct", "Case audits graded inadequate (%)", "Quality of practice", "Of the case files audited...", unit, polarity, targets);

    public static Figure Actual(decimal value, decimal? numerator = null, decimal? denominator = null) =>
        new(value, ObservationStatus.Actual, numerator, denominator);

    public static AreaSeries Series(AreaChoice area, params Figure?[] figures) => new(area, figures);
}
