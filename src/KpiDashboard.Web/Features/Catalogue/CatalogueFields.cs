namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>The fields a catalogue problem can name: the columns of the catalogue files (metrics.csv, targets.csv, rollup-parts.csv).</summary>
public static class CatalogueFields
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Theme = "theme";
    public const string Definition = "definition";
    public const string Unit = "unit";
    public const string Decimals = "decimals";
    public const string Polarity = "polarity";
    public const string Frequency = "frequency";
    public const string ReportingLag = "reporting_lag_months";
    public const string Rollup = "rollup";
    public const string Parts = "part";
    public const string Area = "area";
    public const string EffectiveFrom = "effective_from";
    public const string Target = "target";
    public const string Green = "green";
    public const string Red = "red";
}
