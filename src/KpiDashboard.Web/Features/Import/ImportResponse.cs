namespace KpiDashboard.Web.Features.Import;

/// <summary>The JSON the import API answers with, the same shape for success (200) and problems (400).</summary>
public sealed record ImportResponse(
    string File,
    string Outcome,
    int RowsRead,
    int NewValues,
    int ChangedValues,
    int UnchangedValues,
    int IgnoredBlankLines,
    int IgnoredEmptyColumns,
    long? ImportId,
    DateTimeOffset? PreviouslyImportedAt,
    IReadOnlyList<ImportResponse.Change> Changes,
    IReadOnlyList<ImportResponse.Problem> Errors)
{
    public sealed record Problem(string File, int Row, string Column, string Value, string Message);

    public sealed record Change(string Metric, string Area, string Period, decimal? OldValue, string OldStatus, decimal? NewValue, string NewStatus);

    public static ImportResponse From(ImportResult r) => new(
        r.FileName,
        r.Outcome switch
        {
            ImportOutcome.Invalid => "invalid",
            ImportOutcome.Previewed => "previewed",
            ImportOutcome.AlreadyImported => "alreadyImported",
            _ => "committed",
        },
        r.RowsRead, r.NewValues, r.ChangedValues, r.UnchangedValues, r.IgnoredBlankLines, r.IgnoredEmptyColumns,
        r.ImportId, r.PreviouslyImportedAt,
        [.. r.Changes.Select(c => new Change(c.Metric, c.Area, PeriodParser.Format(c.Period), c.OldValue, c.OldStatus, c.NewValue, c.NewStatus))],
        [.. r.Errors.Select(e => new Problem(e.File, e.Row, e.Column, e.Value, e.Message))]);
}
