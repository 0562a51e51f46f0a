namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// A stretch of the chart with one mean and one set of limits. Two-sigma lines sit two thirds of the way from
/// the mean to each limit. <see cref="Reason"/> is null for the first partition. <see cref="FixedOn"/> is the baseline
/// period the limits were fixed on; <see cref="BaselineNotUsed"/> the one that was set but held too few figures.
/// </summary>
public sealed record SpcPartition(
    DateOnly From,
    DateOnly To,
    string? Reason,
    int BaselinePoints,
    decimal Mean,
    decimal MeanMovingRange,
    decimal UpperLimit,
    decimal LowerLimit,
    decimal UpperTwoSigma,
    decimal LowerTwoSigma)
{
    public SpcBaselinePeriod? FixedOn { get; init; }

    public SpcBaselinePeriod? BaselineNotUsed { get; init; }
}

/// <summary>One point with its class; <see cref="Side"/> says which way a special cause points.</summary>
public sealed record SpcPoint(DateOnly Period, decimal Value, SpcClass Class, SpcSide? Side, SpcPartition? Partition);

/// <summary>The XmR chart for one series. With fewer than 13 points there are no partitions and no icons.</summary>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcPartition> Partitions,
    VariationIcon? Variation,
    AssuranceIcon? Assurance)
{
    public SpcPartition? LatestPartition => Partitions.Count == 0 ? null : Partitions[^1];

    /// <summary>Publicly, a series with a figure shown as c: the points alone, as limits and signals would rest on it.</summary>
    public bool LimitsWithheld { get; init; }
}
