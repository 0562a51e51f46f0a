namespace KpiDashboard.Web.Data;

public enum PackStatus
{
    Draft,
    Published,
}

/// <summary>
/// A meeting pack: the slides a Presenter takes to a committee meeting. A draft shows live figures; publishing stores
/// what every slide shows in <see cref="FrozenContent"/> (JSON), which is what the pack shows from then on.
/// </summary>
public sealed class Pack
{
    public const int MaxTitleLength = 200;

    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly MeetingDate { get; set; }
    /// <summary>The first day of the last month whose figures the pack shows.</summary>
    public DateOnly ReportingMonth { get; set; }
    public PackStatus Status { get; set; }
    /// <summary>
    /// Marked for publication: the pack is a public document (select committee papers), so its slides, PDF, PowerPoint
    /// and notes show the public, suppressed figures (Features/Publication), whoever opens it.
    /// </summary>
    public bool ForPublication { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The pack this one was duplicated from and rolled forward, if any.</summary>
    public int? RolledFromPackId { get; set; }
    /// <summary>The published pack's content as it was at publishing (a <c>PackContent</c> as JSON); null for a draft.</summary>
    public string? FrozenContent { get; set; }
    public List<PackSlide> Slides { get; set; } = [];
}
