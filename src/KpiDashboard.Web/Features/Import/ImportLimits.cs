namespace KpiDashboard.Web.Features.Import;

/// <summary>Configurable limits for uploads (section <c>Import</c> in configuration).</summary>
public sealed class ImportLimits
{
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public const int DefaultMaxErrors = 1000;

    /// <summary>Validation stops collecting after this many errors, so a wrong file does not flood the page.</summary>
    public int MaxErrors { get; set; } = DefaultMaxErrors;

    /// <summary>The most columns a header may have: a wide file has one per area, and no council has a thousand.</summary>
    public int MaxColumns { get; set; } = 1000;

    /// <summary>The longest line read: a wide row of every area, or a row with the longest note, is a few thousand.</summary>
    public int MaxLineCharacters { get; set; } = 50_000;

    /// <summary>The most rows with cells (the header included; blank rows do not count) one file may have.</summary>
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>How many fields (the file included) the import API's form may have; more is refused, not read.</summary>
    public int MaxFormFields { get; set; } = 8;

    /// <summary>How many restated values a preview lists individually.</summary>
    public int MaxChangesListed { get; set; } = 500;
}
