namespace KpiDashboard.Web.Features.Import;

/// <summary>What an import found and, unless it was a dry run or failed, what it wrote.</summary>
public sealed record ImportResult(
    string FileName,
    ImportOutcome Outcome,
    int RowsRead,
    int NewValues,
    int ChangedValues,
    int UnchangedValues,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ValueChange> Changes,
    long? ImportId = null,
    DateTimeOffset? PreviouslyImportedAt = null)
{
    /// <summary>Blank lines in the file, which are skipped.</summary>
    public int IgnoredBlankLines { get; init; }

    /// <summary>Trailing columns with neither a heading nor data (Excel leaves them), which are skipped.</summary>
    public int IgnoredEmptyColumns { get; init; }

    public bool Succeeded => Outcome is ImportOutcome.Committed or ImportOutcome.Previewed or ImportOutcome.AlreadyImported;

    public static ImportResult Invalid(string fileName, int rowsRead, IReadOnlyList<ImportError> errors) =>
        new(fileName, ImportOutcome.Invalid, rowsRead, 0, 0, 0, errors, []);
}

public enum ImportOutcome
{
    /// <summary>The file had errors; nothing was written.</summary>
    Invalid,
    /// <summary>A dry run: the file is valid and the counts say what a commit would do.</summary>
    Previewed,
    Committed,
    /// <summary>The same bytes were imported before; nothing was written.</summary>
    AlreadyImported,
}

/// <summary>A figure that already existed and that the import replaces (a restatement).</summary>
public sealed record ValueChange(
    string Metric, string Area, DateOnly Period, decimal? OldValue, string OldStatus, decimal? NewValue, string NewStatus)
{
    /// <summary>Reads rows of (metric code, area code, period, old value, old status, new value, new status).</summary>
    public static async Task<List<ValueChange>> ReadAllAsync(Npgsql.NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var changes = new List<ValueChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ValueChange(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetDecimal(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetDecimal(5), reader.GetString(6)));
        }

        return changes;
    }
}
