namespace KpiDashboard.Web.Features.DataQuality;

public enum DataQualityKind
{
    MissingMonths,
    UnusualChange,
    Restated,
    OutOfDate,
}

/// <summary>
/// One doubt about a series: <see cref="Label"/> is the short text a tile shows, <see cref="Detail"/> the sentence
/// the data-quality page shows.
/// </summary>
public sealed record DataQualityFlag(DataQualityKind Kind, string Label, string Detail);

/// <summary>The flags of one metric in one area.</summary>
public sealed record SeriesQuality(string MetricCode, string MetricName, string AreaCode, string AreaName, IReadOnlyList<DataQualityFlag> Flags);
