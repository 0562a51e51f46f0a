namespace KpiDashboard.Web.Data;

/// <summary>
/// A figure as the dashboard reads it (the <c>figures</c> view): every imported observation, plus, for an area
/// with quadrants and no imported row, the figure computed from its quadrants (<see cref="Computed"/>). Counts are
/// summed; rates are the summed numerators over the summed denominators; the audit-grade shares fall back on the
/// grade counts; metrics that do not add up are <see cref="ObservationStatus.NotComputable"/>.
/// </summary>
public sealed class EffectiveFigure
{
    public int MetricId { get; set; }
    public int AreaId { get; set; }
    public DateOnly Period { get; set; }
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public ObservationStatus Status { get; set; }
    public bool Computed { get; set; }
}
