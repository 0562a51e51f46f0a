using KpiDashboard.Web.Components.Csv;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>
/// Everything one chart panel shows: a title, a one-sentence summary, the chart (null when there is
/// nothing to draw) and the same figures as a table, which is also what the CSV download holds.
/// </summary>
public sealed record ChartView(string Kind, string Title, string Summary, ChartConfig? Config, ChartTable Table)
{
    /// <summary>A file name without extension, e.g. "audits-inadequate-pct-trend-NE-2020-06".</summary>
    public string FileName { get; init; } = Kind;

    /// <summary>Sentences shown under the chart, e.g. the events marked on it with their dates.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Whether the panel offers a checkbox per series, the keyboard's way to do what clicking the legend does.</summary>
    public bool SeriesToggles { get; init; }
}

/// <summary>The exact figures behind a chart: one row per month or area, one column per series or detail.</summary>
public sealed record ChartTable(string Caption, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<ChartTableRow> Rows);

public sealed record ChartTableRow(string Heading, IReadOnlyList<TableCell> Cells);

/// <summary>A cell as the table shows it (<see cref="Text"/>, UK-formatted) and as the CSV holds it (<see cref="Csv"/>, a plain number or word).</summary>
public sealed record TableCell(string Text, CsvCell Csv)
{
    public static TableCell Empty { get; } = new("–", CsvCell.Empty);

    /// <summary>A suppressed figure: <c>c</c> in the table and the CSV, as the statistics convention writes it.</summary>
    public static TableCell Suppressed { get; } = new(Features.Publication.Suppression.Symbol, CsvCell.Text(Features.Publication.Suppression.Symbol)) { IsSuppressed = true };

    public bool IsSuppressed { get; init; }

    /// <summary>For the internal audience: why the figure would be <c>c</c> if published (the table marks the cell); null when it would not.</summary>
    public string? WhenPublished { get; init; }

    public static TableCell Of(decimal? value, Func<decimal, string> format) =>
        value is { } v ? new TableCell(format(v), CsvCell.Number(v)) : Empty;

    public static TableCell Word(string? text) => text is null ? Empty : new TableCell(text, CsvCell.Text(text));
}
