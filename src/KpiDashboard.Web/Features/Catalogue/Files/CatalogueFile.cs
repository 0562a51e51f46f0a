namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// One file of the catalogue, as <c>seed-data/</c> holds it: its columns in order, and how many leading columns
/// name a row (its key: a row with the same key is the same thing, changed or not). In an ordered file the rows'
/// order is the order the dashboard shows them in.
/// </summary>
public sealed record CatalogueFile(string Name, string What, IReadOnlyList<CatalogueColumn> Columns, int KeyWidth, bool Ordered = false)
{
    public const string Metrics = "metrics.csv";
    public const string RollupParts = "rollup-parts.csv";
    public const string Targets = "targets.csv";
    public const string Areas = "areas.csv";
    public const string Comparators = "comparators.csv";
    public const string SpcSettings = "spc-settings.csv";
    public const string SpcBaselines = "spc-baselines.csv";
    public const string SpcRecalculations = "spc-recalculations.csv";

    /// <summary>Every catalogue file, in the order they are read: a file names only things listed above it or already in the database.</summary>
    public static readonly IReadOnlyList<CatalogueFile> All =
    [
        new(Areas, "areas", [new("code", CellKind.Code), new("name", CellKind.Name), new("kind", CellKind.AreaKind), new("parent", CellKind.Area, Optional: true)], 1, Ordered: true),
        new(Comparators, "comparators", [new("code", CellKind.Code), new("name", CellKind.Name)], 1, Ordered: true),
        new(Metrics, "measures",
        [
            new("code", CellKind.Code), new("name", CellKind.Name), new("theme", CellKind.Name), new("unit", CellKind.Unit),
            new("decimals", CellKind.Whole), new("polarity", CellKind.Polarity), new("frequency", CellKind.Frequency),
            new("reporting_lag_months", CellKind.Whole), new("suppress_small_numbers", CellKind.YesNo), new("rollup", CellKind.Rollup),
            new("retired", CellKind.Date, Optional: true), new("definition", CellKind.FreeText),
        ], 1, Ordered: true),
        new(RollupParts, "roll-up parts", [new("metric", CellKind.Metric), new("part", CellKind.Metric), new("role", CellKind.PartRole)], 3),
        new(Targets, "targets",
        [
            new("metric", CellKind.Metric), new("area", CellKind.Area, Optional: true), new("effective_from", CellKind.Month),
            new("target", CellKind.Number, Optional: true), new("green", CellKind.Number), new("red", CellKind.Number),
        ], 3),
        new(SpcSettings, "SPC settings", [new("metric", CellKind.Metric), new("shift_length", CellKind.Whole), new("trend_length", CellKind.Whole)], 1),
        new(SpcBaselines, "SPC baselines",
            [new("metric", CellKind.Metric), new("area", CellKind.Area, Optional: true), new("first_month", CellKind.Month), new("last_month", CellKind.Month)], 2),
        new(SpcRecalculations, "SPC recalculations",
        [
            new("metric", CellKind.Metric), new("area", CellKind.Area, Optional: true), new("starts_from", CellKind.Month),
            new("baseline_months", CellKind.Whole, Optional: true), new("reason", CellKind.FreeText),
        ], 3),
    ];

    public static CatalogueFile? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
