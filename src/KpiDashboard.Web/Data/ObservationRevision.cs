namespace KpiDashboard.Web.Data;

/// <summary>A figure that a later import replaced, kept so history can be shown and an import undone.</summary>
public sealed class ObservationRevision
{
    public long Id { get; set; }
    public int MetricId { get; set; }
    public int AreaId { get; set; }
    public DateOnly Period { get; set; }
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public ObservationStatus Status { get; set; }
    public string? Note { get; set; }
    /// <summary>The import that wrote this figure.</summary>
    public long ImportId { get; set; }
    /// <summary>The import that replaced it.</summary>
    public long SupersededByImportId { get; set; }
}
