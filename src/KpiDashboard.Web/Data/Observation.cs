namespace KpiDashboard.Web.Data;

/// <summary>
/// The current figure for one metric, area and month (the key). Superseded figures live in <see cref="ObservationRevision"/>.
/// </summary>
public sealed class Observation
{
    /// <summary>The longest note a figure may carry, in characters.</summary>
    public const int MaxNoteLength = 1000;

    public int MetricId { get; set; }
    public int AreaId { get; set; }
    /// <summary>The first day of the month the figure is for.</summary>
    public DateOnly Period { get; set; }
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public ObservationStatus Status { get; set; }
    public string? Note { get; set; }
    public long ImportId { get; set; }
}
