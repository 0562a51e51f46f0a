namespace KpiDashboard.Web.Data;

/// <summary>One committed upload of a file of figures.</summary>
public sealed class ImportBatch
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex; re-uploading the same file is a no-op.</summary>
    public required string ContentHash { get; set; }
    public required string ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int RowsRead { get; set; }
    public int NewValues { get; set; }
    public int ChangedValues { get; set; }
    public int UnchangedValues { get; set; }
    public ImportStatus Status { get; set; } = ImportStatus.Committed;
    public string? UndoneBy { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
}

public enum ImportStatus
{
    Committed,
    /// <summary>Undone: the figures it wrote were replaced by what was there before.</summary>
    Undone,
}
