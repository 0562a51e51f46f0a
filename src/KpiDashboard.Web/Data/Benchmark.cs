namespace KpiDashboard.Web.Data;

/// <summary>Who a benchmark compares the authority with: England, a region, a group of statistical neighbours.</summary>
public sealed class Comparator
{
    public int Id { get; set; }

    /// <summary>A fixed kebab-case identifier, as the seed files and the read API name it (e.g. <c>south-east-region</c>).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>
/// A comparator's figure for a metric over a period (usually a year: April to March), drawn on the trend chart as a
/// reference line across that period; it is not a monthly point.
/// </summary>
public sealed class Benchmark
{
    public int Id { get; set; }
    public int MetricId { get; set; }
    public int ComparatorId { get; set; }
    public Comparator? Comparator { get; set; }
    /// <summary>The first month the figure covers.</summary>
    public DateOnly From { get; set; }
    /// <summary>The last month the figure covers.</summary>
    public DateOnly To { get; set; }
    public decimal Value { get; set; }
    /// <summary>Where the figure comes from, e.g. a DfE release, or "Illustrative" for the seed data.</summary>
    public required string Source { get; set; }
}
