namespace KpiDashboard.Web.Data;

/// <summary>
/// A published pack's PDF or PowerPoint file, made once and kept, shared by every instance of the app.
/// Features/Exports/Packs/PackFileStore reads and writes the bytes with Npgsql; the model holds the table's shape.
/// </summary>
public sealed class PackFile
{
    public int PackId { get; set; }
    public required string Format { get; set; }

    /// <summary>SHA-256 of the pack content the file was made from: a figure revised after publishing changes it, and the file is made again once.</summary>
    public required string ContentHash { get; set; }

    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public DateTimeOffset MadeAt { get; set; }
}
