namespace KpiDashboard.Web.Data;

/// <summary>How a metric's SPC chart is read, when it differs from Making Data Count's defaults (runs of 6).</summary>
public sealed class SpcSetting
{
    public int MetricId { get; set; }
    public int ShiftLength { get; set; } = 6;
    public int TrendLength { get; set; } = 6;
}
