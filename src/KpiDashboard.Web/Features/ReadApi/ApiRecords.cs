namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>A metric in the catalogue with the targets in force today (area null: for every area).</summary>
public sealed record MetricDto(
    string Code, string Name, string Theme, string Unit, string Polarity, string Rollup, string Definition,
    IReadOnlyList<TargetDto> Targets);

public sealed record TargetDto(string? Area, string EffectiveFrom, decimal? Target, decimal Green, decimal Red);

/// <summary>One figure: imported, or computed from the quadrants (<see cref="Computed"/>), with its RAG judgement.</summary>
public sealed record ObservationDto(
    string Period, string Area, string Metric, decimal? Value, decimal? Numerator, decimal? Denominator,
    string Status, string Rag, bool Computed);

/// <summary>An XmR chart: the latest partition's mean and limits, every partition, and each point's class.</summary>
public sealed record SpcDto(
    string Metric, string Area, decimal? Mean, decimal? UpperLimit, decimal? LowerLimit,
    IReadOnlyList<SpcPartitionDto> Partitions, IReadOnlyList<SpcPointDto> Points,
    string? VariationIcon, string? AssuranceIcon);

public sealed record SpcPartitionDto(
    string From, string To, string? Reason, decimal Mean, decimal UpperLimit, decimal LowerLimit,
    decimal UpperTwoSigma, decimal LowerTwoSigma);

public sealed record SpcPointDto(string Month, decimal Value, string Class);

/// <summary>A comparator's figures for a metric; each covers a period (usually April to March), not a month.</summary>
public sealed record BenchmarkSeriesDto(string Comparator, string Name, IReadOnlyList<BenchmarkPointDto> Points);

public sealed record BenchmarkPointDto(string From, string To, string Period, decimal Value, string Source);
