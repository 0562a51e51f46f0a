using System.Globalization;

namespace KpiDashboard.Web.Components.Csv;

/// <summary>
/// One cell for <see cref="CsvWriter"/>, typed so the writer knows what it holds: text, which is made inert when a
/// spreadsheet would run it as a formula, or a number, written as plain digits so that -3 stays minus three.
/// </summary>
public readonly record struct CsvCell
{
    private CsvCell(string content, bool isNumber, bool isFreeText = false) => (Content, IsNumber, IsFreeText) = (content, isNumber, isFreeText);

    /// <summary>The characters of the cell before any quoting.</summary>
    public string Content { get; }

    public bool IsNumber { get; }

    /// <summary>Prose (a definition, a reason), written in quotes even when it needs none, as the seed files have it.</summary>
    public bool IsFreeText { get; }

    public static CsvCell Empty { get; } = new("", isNumber: false);

    public static CsvCell Text(string? text) => new(text ?? "", isNumber: false);

    public static CsvCell FreeText(string? text) => new(text ?? "", isNumber: false, isFreeText: true);

    /// <summary>A number in invariant form (a point for decimals, no separators); an empty cell when there is none.</summary>
    public static CsvCell Number(decimal? value) =>
        value is { } v ? new(v.ToString(CultureInfo.InvariantCulture), isNumber: true) : Empty;
}
