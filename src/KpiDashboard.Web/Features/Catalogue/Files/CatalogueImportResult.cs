using System.Globalization;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Features.Catalogue.Files;

public enum CatalogueImportOutcome
{
    /// <summary>The files had problems; nothing was written.</summary>
    Invalid,
    /// <summary>A dry run of valid files: the changes say what applying would do.</summary>
    Previewed,
    Applied,
    /// <summary>Valid files that say what the catalogue already says; nothing was written.</summary>
    NothingToChange,
}

/// <summary>One cell that applying would change (or changed), old → new; <c>order</c> when a row moved.</summary>
public sealed record CellChange(string Column, string Old, string New);

/// <summary>A row that is new, or that differs from the catalogue in the cells listed.</summary>
public sealed record CatalogueChange(string File, int Row, string Item, bool Added, IReadOnlyList<CellChange> Cells)
{
    public override string ToString() => Added
        ? $"{File}, row {Row}: {Item} added"
        : $"{File}, row {Row}: {Item}: {string.Join("; ", Cells.Select(c => $"{c.Column} {Show(c.Old)} → {Show(c.New)}"))}";

    private static string Show(string cell) => cell.Length == 0 ? "(empty)" : $"'{cell}'";
}

/// <summary>What one file would change (or changed). <see cref="LeftAsTheyAre"/>: rows in the database the file does not list, which import leaves alone.</summary>
public sealed record CatalogueFileSummary(string File, string What, bool Given, int Added, int Changed, int Unchanged, int LeftAsTheyAre)
{
    public override string ToString() => !Given
        ? $"{File}: not given; the {What} are left as they are."
        : string.Create(CultureInfo.InvariantCulture, $"{File}: {Added} added, {Changed} changed, {Unchanged} unchanged.")
          + (LeftAsTheyAre > 0 ? string.Create(CultureInfo.InvariantCulture,
              $" {LeftAsTheyAre} {(LeftAsTheyAre == 1 ? "row" : "rows")} of {What} in the database {(LeftAsTheyAre == 1 ? "is" : "are")} not in the file and {(LeftAsTheyAre == 1 ? "is" : "are")} left as {(LeftAsTheyAre == 1 ? "it is" : "they are")}.") : "");
}

/// <summary>What a catalogue import found and, unless it was a dry run or failed, what it wrote.</summary>
public sealed record CatalogueImportResult(CatalogueImportOutcome Outcome, IReadOnlyList<ImportError> Problems,
    IReadOnlyList<CatalogueFileSummary> Files, IReadOnlyList<CatalogueChange> Changes)
{
    public bool Succeeded => Outcome != CatalogueImportOutcome.Invalid;

    public static CatalogueImportResult Invalid(IReadOnlyList<ImportError> problems) => new(CatalogueImportOutcome.Invalid, problems, [], []);

    /// <summary>One line for the audit log and the command line: the counts of every file given.</summary>
    public string Summary => string.Join(" ", Files.Where(f => f.Given).Select(f =>
        string.Create(CultureInfo.InvariantCulture, $"{f.File}: {f.Added} added, {f.Changed} changed, {f.Unchanged} unchanged.")));

    /// <summary>A problem as a sentence: <c>metrics.csv, row 7, column unit: found 'kg', expected count, ….</c></summary>
    public static string Describe(ImportError problem) =>
        (problem.Row > 0 ? $"{problem.File}, row {problem.Row}" : problem.File)
        + (problem.Column is { Length: > 0 } column && column != "(row)" ? $", column {column}" : "")
        + ": " + problem.Message + (problem.Message.EndsWith('.') ? "" : ".");
}
