namespace KpiDashboard.Web.Data;

public enum PartRole
{
    Numerator,
    Denominator,
}

/// <summary>
/// One measure in a share's or ratio's sum: a share of the audit grades, for example, has the four grade counts as
/// denominators and the inadequate count as its numerator. The figures view reads these rows; nothing else defines a roll-up.
/// </summary>
public sealed class RollupPart
{
    public int MetricId { get; set; }
    public int PartMetricId { get; set; }
    public PartRole Role { get; set; }
}
