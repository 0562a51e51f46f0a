namespace KpiDashboard.Web.Data;

/// <summary>A month from which a metric's SPC limits are recalculated (for one area, or all), and why.</summary>
public sealed class SpcRecalculationPoint
{
    public int Id { get; set; }
    public int MetricId { get; set; }
    public int? AreaId { get; set; }
    public DateOnly StartsFrom { get; set; }
    public required string Reason { get; set; }
    public int? BaselineMonths { get; set; }
}
