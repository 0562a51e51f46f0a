using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;

namespace KpiDashboard.Web.Features.Catalogue.Forms;

/// <summary>The choices the measure form offers, in words, with the enum's name as each option's value.</summary>
public static class CatalogueOptions
{
    public static readonly IReadOnlyList<(string Value, string Text)> Units =
        [.. Enum.GetValues<MetricUnit>().Select(u => (u.ToString(), MetricWords.Unit(u)))];

    public static readonly IReadOnlyList<(string Value, string Text)> Polarities =
    [
        (nameof(Polarity.HigherIsBetter), "Higher is better"), (nameof(Polarity.LowerIsBetter), "Lower is better"),
        (nameof(Polarity.CloseToTarget), "Close to target is better"), (nameof(Polarity.Neutral), "Neutral: watched, not judged"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Frequencies =
        [(nameof(ReportingFrequency.Monthly), "Monthly"), (nameof(ReportingFrequency.Quarterly), "Quarterly"), (nameof(ReportingFrequency.Annual), "Annual")];

    public static readonly IReadOnlyList<(string Value, string Text)> Rollups =
    [
        (nameof(Rollup.Sum), "Sum: an area's figure is the sum of its sub-areas'"),
        (nameof(Rollup.Ratio), "Ratio: summed numerators over summed denominators"),
        (nameof(Rollup.Share), "Share of a group of counts"),
        (nameof(Rollup.None), "None: only ever imported"),
    ];

    public static string RollupWord(Rollup rollup) => rollup switch
    {
        Rollup.Sum => "Sum",
        Rollup.Ratio => "Ratio",
        Rollup.Share => "Share of a group",
        _ => "None",
    };
}
