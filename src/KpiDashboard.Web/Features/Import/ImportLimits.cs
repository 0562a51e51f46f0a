namespace KpiDashboard.Web.Features.Import;

/// <summary>Configurable limits for uploads (section <c>Import</c> in configuration).</summary>
public sealed class ImportLimits
{
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Validation stops collecting after this many errors, so a wrong file does not flood the page.</summary>
    public int MaxErrors { get; set; } = 1000;

    /// <summary>How many fields (the file included) the import API's form may have; more is refused, not read.</summary>
    public int MaxFormFields { get; set; } = 8;

    /// <summary>How many restated values a preview lists individually.</summary>
    public int MaxChangesListed { get; set; } = 500;
}
