namespace KpiDashboard.Web.Data;

/// <summary>The narrative for one metric, area and month: the current text; earlier versions are in <see cref="CommentaryEdit"/>.</summary>
public sealed class Commentary
{
    public int Id { get; set; }
    public int MetricId { get; set; }
    public int AreaId { get; set; }
    public DateOnly Period { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
    public List<CommentaryEdit> Edits { get; set; } = [];
}

/// <summary>A version of a commentary that a later edit replaced, kept so the history can be shown.</summary>
public sealed class CommentaryEdit
{
    public int Id { get; set; }
    public int CommentaryId { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
