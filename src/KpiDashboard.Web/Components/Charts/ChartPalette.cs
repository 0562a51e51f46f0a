using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>
/// Every colour the charts draw with. Series colours are the Okabe–Ito set, darkened where needed so each
/// passes 3:1 against the white chart background (WCAG 1.4.11); the set stays distinguishable for the
/// common colour-vision deficiencies, and series also differ by dash pattern and point shape.
/// </summary>
public static class ChartPalette
{
    public const string Background = "#ffffff";
    public const string Text = "#0b0c0c";
    public const string Target = "#0b0c0c";
    public const string Event = "#505a5f";

    /// <summary>The line for a single area's trend.</summary>
    public const string Trend = "#0072b2";

    public const string Appointed = "#0072b2";
    public const string Vacancies = "#c24e00";

    /// <summary>Comparator reference lines (England, South East region, statistical neighbours): no points, each its own colour and dash.</summary>
    public static IReadOnlyList<SeriesStyle> Benchmarks { get; } =
    [
        new("#6b2d87", [10, 4], "line"),
        new("#505a5f", [3, 3], "line"),
        new("#8a5a00", [14, 4, 3, 4], "line"),
    ];

    /// <summary>The XmR chart's mean and process limits; the two-sigma lines are drawn thinner and fainter.</summary>
    public const string SpcMean = "#0b0c0c";
    public const string SpcLimit = "#505a5f";
    public const string SpcTwoSigma = "rgba(80, 90, 95, 0.45)";
    public const string SpcLine = "#6f777b";

    /// <summary>A series style per area code: the authority solid and black, each quadrant its own colour, dash and point.</summary>
    public static SeriesStyle ForArea(string areaCode, int fallbackIndex) => areaCode switch
    {
        "NE" => Quadrants[0],
        "NW" => Quadrants[1],
        "SE" => Quadrants[2],
        "SW" => Quadrants[3],
        _ when fallbackIndex == 0 => Authority,
        _ => Quadrants[fallbackIndex % Quadrants.Count],
    };

    public static SeriesStyle Authority { get; } = new("#0b0c0c", [], "circle");

    public static IReadOnlyList<SeriesStyle> Quadrants { get; } =
    [
        new("#0072b2", [8, 4], "triangle"),
        new("#c24e00", [2, 3], "rect"),
        new("#007a5a", [12, 4, 2, 4], "rectRot"),
        new("#a8447f", [4, 4], "crossRot"),
    ];

    /// <summary>Audit grades from best to worst: dark to light blue, then dark amber and a darker red-orange.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["#004d7a", "#3d8fc4", "#a66f00", "#9e3a00"];

    /// <summary>The colour of a figure's point on a trend, from the one RAG look the whole app uses.</summary>
    public static string ForRag(RagStatus status) => RagLook.For(status).Colour;

    /// <summary>Point shapes by judgement, so a point's status reads without colour.</summary>
    public static string PointStyleFor(RagStatus status) => status switch
    {
        RagStatus.Green => "circle",
        RagStatus.Amber => "triangle",
        RagStatus.Red => "rectRot",
        _ => "rect",
    };

    /// <summary>Pale tints behind the trend; the judgement itself is told by points, tooltips and the table.</summary>
    public static string BandFor(RagStatus status) => status switch
    {
        RagStatus.Green => "rgba(0, 112, 60, 0.10)",
        RagStatus.Amber => "rgba(168, 93, 0, 0.12)",
        _ => "rgba(196, 38, 29, 0.10)",
    };

    /// <summary>The colours drawn as lines, points and bars: each must stand 3:1 against <see cref="Background"/>.</summary>
    public static IEnumerable<string> Strokes =>
        new[] { Text, Target, Event, Trend, Appointed, Vacancies, Authority.Colour, SpcMean, SpcLimit, SpcLine }
            .Concat(Quadrants.Select(q => q.Colour))
            .Concat(Benchmarks.Select(b => b.Colour))
            .Concat(Grades)
            .Concat(new[] { RagStatus.Green, RagStatus.Amber, RagStatus.Red, RagStatus.NoTarget, RagStatus.NoData }.Select(ForRag));
}

/// <summary>How one series is told apart: colour, dash pattern (empty for solid) and point shape.</summary>
public sealed record SeriesStyle(string Colour, IReadOnlyList<int> Dash, string PointStyle);
