namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>A metric in the catalogue with the targets in force today (area null: for every area).</summary>
public sealed record MetricDto(
    string Code, string Name, string Theme, string Unit, string Polarity, string Rollup, string Definition,
    IReadOnlyList<TargetDto> Targets);

public sealed record TargetDto(string? Area, string EffectiveFrom, decimal? Target, decimal Green, decimal Red);

/// <summary>
/// One figure: imported, or computed from the quadrants (<see cref="Computed"/>), with its RAG judgement. An anonymous
/// caller of the public scorecard gets a suppressed figure with no value, numerator or denominator and the status
/// <c>suppressed</c>, as an imported <c>c</c>, and null in the last two fields; a signed-in caller gets every figure, with
/// <see cref="SuppressedWhenPublished"/> saying whether the public sees it as <c>c</c> and <see cref="SuppressionReason"/> why
/// (primary, rate, secondary, withheld).
/// </summary>
public sealed record ObservationDto(
    string Period, string Area, string Metric, decimal? Value, decimal? Numerator, decimal? Denominator,
    string Status, string Rag, bool Computed, bool? SuppressedWhenPublished, string? SuppressionReason);

/// <summary>
/// An XmR chart: the latest partition's mean and limits, every partition, and each point's class. Limits and signals are
/// computed from every point, so for an anonymous caller of the public scorecard a series with a suppressed point has
/// <see cref="SignalsShown"/> false: no mean, limits, partitions, icons or point classes, only the points it may see.
/// </summary>
public sealed record SpcDto(
    string Metric, string Area, decimal? Mean, decimal? UpperLimit, decimal? LowerLimit,
    IReadOnlyList<SpcPartitionDto> Partitions, IReadOnlyList<SpcPointDto> Points,
    string? VariationIcon, string? AssuranceIcon, bool SignalsShown);

public sealed record SpcPartitionDto(
    string From, string To, string? Reason, decimal Mean, decimal UpperLimit, decimal LowerLimit,
    decimal UpperTwoSigma, decimal LowerTwoSigma);

/// <summary>A point of the chart; <see cref="Class"/> is null where the chart's signals are not shown.</summary>
public sealed record SpcPointDto(string Month, decimal Value, string? Class);

/// <summary>A comparator's figures for a metric; each covers a period (usually April to March), not a month.</summary>
public sealed record BenchmarkSeriesDto(string Comparator, string Name, IReadOnlyList<BenchmarkPointDto> Points);

public sealed record BenchmarkPointDto(string From, string To, string Period, decimal Value, string Source);
