namespace KpiDashboard.Web.Data;

/// <summary>
/// A target and RAG thresholds in force from <see cref="EffectiveFrom"/> until the next one.
/// For higher-is-better, green at or above <see cref="Green"/>, red below <see cref="Red"/>;
/// for lower-is-better, green at or below Green, red above Red; for close-to-target both are
/// tolerances around <see cref="Target"/>. A target with an <see cref="AreaId"/> applies to that area
/// only (count targets make sense for the authority, not for each quadrant); one without applies to all.
/// </summary>
public sealed class MetricTarget
{
    public int Id { get; set; }
    public int MetricId { get; set; }
    public int? AreaId { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal? Target { get; set; }
    public decimal Green { get; set; }
    public decimal Red { get; set; }
}
