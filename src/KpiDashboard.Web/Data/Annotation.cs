namespace KpiDashboard.Web.Data;

/// <summary>A dated event that explains a movement, e.g. "First national lockdown".</summary>
public sealed class Annotation
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
    public int? MetricId { get; set; }
    public Metric? Metric { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
}
