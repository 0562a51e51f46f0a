using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>A pack as the list shows it.</summary>
public sealed record PackSummary(int Id, string Title, DateOnly MeetingDate, DateOnly ReportingMonth, PackStatus Status, DateTimeOffset? PublishedAt, int SlideCount)
{
    /// <summary>Marked for publication (committee papers): small numbers about children are shown as c.</summary>
    public bool ForPublication { get; init; }
}

/// <summary>A pack's details and slide list as the builder edits them.</summary>
public sealed record PackOutline(
    int Id, string Title, DateOnly MeetingDate, DateOnly ReportingMonth, PackStatus Status, DateTimeOffset? PublishedAt, string? PublishedBy,
    int? RolledFromPackId, IReadOnlyList<PackSlideOutline> Slides)
{
    /// <summary>Marked for publication (committee papers): small numbers about children are shown as c.</summary>
    public bool ForPublication { get; init; }
}

public sealed record PackSlideOutline(int Id, int Position, PackSlideKind Kind, SlideInput Input);

/// <summary>What a Presenter chooses for a slide; which fields matter depends on <see cref="Kind"/>.</summary>
public sealed record SlideInput(PackSlideKind Kind)
{
    public PackChartView? View { get; init; }
    public string? MetricCode { get; init; }
    public string? AreaCode { get; init; }
    public string? Theme { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? SpeakerNotes { get; init; }
}

/// <summary>The outcome of a change: <see cref="Problem"/> is a sentence saying what was wrong, null when it was made.</summary>
public sealed record PackChange(int? Id, string? Problem)
{
    public bool Made => Problem is null;

    public static PackChange Done(int id) => new(id, null);

    public static PackChange Refused(string problem) => new(null, problem);
}

/// <summary>What the builder offers: measures (with their theme), areas and themes in catalogue order.</summary>
public sealed record PackChoices(IReadOnlyList<(string Code, string Name, string Theme)> Metrics, IReadOnlyList<(string Code, string Name)> Areas, IReadOnlyList<string> Themes);
