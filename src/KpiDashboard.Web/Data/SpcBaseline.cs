namespace KpiDashboard.Web.Data;

/// <summary>
/// The months a metric's first SPC limits are fixed on, for one area or (with no area) every area: the mean and
/// limits come from <see cref="FirstMonth"/> to <see cref="LastMonth"/> and are extended until the next recalculation.
/// </summary>
public sealed class SpcBaseline
{
    public int Id { get; set; }
    public int MetricId { get; set; }
    public int? AreaId { get; set; }
    public DateOnly FirstMonth { get; set; }
    public DateOnly LastMonth { get; set; }
}
