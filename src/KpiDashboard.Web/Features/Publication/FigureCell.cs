using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>Where a figure sits in the grid: one measure, one area, one month.</summary>
public readonly record struct CellKey(string Metric, string Area, DateOnly Month)
{
    public override string ToString() => $"{Metric} in {Area} for {Month:yyyy-MM}";
}

/// <summary>One figure as the dashboard holds it (an <see cref="EffectiveFigure"/> keyed by codes).</summary>
public sealed record FigureCell(
    string Metric,
    string Area,
    DateOnly Month,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    ObservationStatus Status)
{
    public CellKey Key => new(Metric, Area, Month);

    /// <summary>A figure that carries a number; symbols such as <c>x</c> or <c>z</c> carry none.</summary>
    public bool HasValue => Value is not null && Status.HasValue();
}
