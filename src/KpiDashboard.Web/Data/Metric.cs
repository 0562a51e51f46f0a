namespace KpiDashboard.Web.Data;

public enum MetricUnit
{
    Count,
    Percent,
    Rate,
    Days,
    Fte,
}

public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    CloseToTarget,
    Neutral,
}

/// <summary>How an authority figure is built from its quadrants.</summary>
public enum Rollup
{
    Sum,
    Ratio,
    None,
}

/// <summary>A KPI definition from the catalogue.</summary>
public sealed class Metric
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Theme { get; set; }
    public required string Definition { get; set; }
    public MetricUnit Unit { get; set; }
    public Polarity Polarity { get; set; }
    public Rollup Rollup { get; set; }
    public int SortOrder { get; set; }
    public List<MetricTarget> Targets { get; set; } = [];
}
