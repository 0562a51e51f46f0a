namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>What a column of a catalogue file holds, which decides how a cell is checked and written.</summary>
public enum CellKind
{
    /// <summary>A kebab-case or short upper-case identifier (<c>audits-inadequate</c>, <c>SCC</c>).</summary>
    Code,
    /// <summary>A short name on one line.</summary>
    Name,
    /// <summary>Prose, always written in quotes.</summary>
    FreeText,
    Whole,
    Number,
    Month,
    Date,
    YesNo,
    Unit,
    Polarity,
    Frequency,
    Rollup,
    PartRole,
    AreaKind,
    /// <summary>A measure's code, from metrics.csv or the database.</summary>
    Metric,
    /// <summary>An area's code, from areas.csv or the database.</summary>
    Area,
}

/// <summary>One column of a catalogue file: its heading, what it holds, and whether it may be empty.</summary>
public sealed record CatalogueColumn(string Name, CellKind Kind, bool Optional = false);
