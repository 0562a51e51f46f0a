namespace KpiDashboard.Web.Features.Import;

/// <summary>The cells of one long-format row as text, before any checking.</summary>
public sealed record RawRow(
    int Row, string Period, string Area, string Metric, string Value,
    string Numerator, string Denominator, string Status, string Note);

/// <summary>A checked row, ready for the staging table.</summary>
public readonly record struct StagedObservation(
    int Row, int MetricId, int AreaId, DateOnly Period,
    decimal? Value, decimal? Numerator, decimal? Denominator,
    Data.ObservationStatus Status, string? Note);
