using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>The words the read API writes for the app's enums: lower case and hyphenated, stable across renames.</summary>
public static class ApiNames
{
    public static string Of(ObservationStatus status) => Kebab(status.ToString());

    public static string Of(RagStatus status) => Kebab(status.ToString());

    public static string Of(SpcClass cls) => Kebab(cls.ToString());

    public static string Of(VariationIcon icon) => Kebab(icon.ToString());

    public static string Of(AssuranceIcon icon) => Kebab(icon.ToString());

    public static string Of(Publication.SuppressionReason reason) => Kebab(reason.ToString());

    public static string Of(Polarity polarity) => Kebab(polarity.ToString());

    public static string Of(MetricUnit unit) => Kebab(unit.ToString());

    public static string Of(Rollup rollup) => Kebab(rollup.ToString());

    public static string Month(DateOnly period) => Import.PeriodParser.Format(period);

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));
}
