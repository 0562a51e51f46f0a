namespace KpiDashboard.Web.Features.Commentary;

/// <summary>One version of a commentary: what was written, by whom, when.</summary>
public sealed record CommentaryVersion(string Text, string Author, DateTimeOffset WrittenAt);

/// <summary>The current commentary for a metric, area and month, with the versions it replaced, newest first.</summary>
public sealed record CommentaryView(string MetricCode, string AreaCode, DateOnly Period, CommentaryVersion Current, IReadOnlyList<CommentaryVersion> Earlier);

/// <summary>The outcome of saving: null <see cref="Problem"/> means saved.</summary>
public sealed record CommentarySaveResult(string? Problem)
{
    public bool Saved => Problem is null;
}

/// <summary>A code and the name shown for it in a select.</summary>
public sealed record Choice(string Code, string Name);

/// <summary>What the commentary form offers: measures, areas and the months with figures, newest first.</summary>
public sealed record CommentaryChoices(IReadOnlyList<Choice> Metrics, IReadOnlyList<Choice> Areas, IReadOnlyList<DateOnly> Months);
