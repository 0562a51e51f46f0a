namespace KpiDashboard.Web.Features.Import;

/// <summary>The cells of one long-format row as text, before any checking.</summary>
public sealed record RawRow(
    int Row, string Period, string Area, string Metric, string Value,
    string Numerator, string Denominator, string Status, string Note)
{
    /// <summary>
    /// Where each field sits in the file when errors should name Excel's column letters (wide files);
    /// null for long files, whose errors name the column headings.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnLetters { get; init; }

    /// <summary>How an error names the column of a field: its letter in a wide file, else the field's name.</summary>
    public string ColumnOf(string field) => ColumnLetters?.GetValueOrDefault(field) ?? field;
}

/// <summary>A checked row, ready for the staging table.</summary>
public readonly record struct StagedObservation(
    int Row, int MetricId, int AreaId, DateOnly Period,
    decimal? Value, decimal? Numerator, decimal? Denominator,
    Data.ObservationStatus Status, string? Note);
