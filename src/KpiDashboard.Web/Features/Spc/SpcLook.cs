using MudBlazor;

namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// How the Making Data Count icons look here: an icon shape and a text label, so they read without colour.
/// Blue for improvement, orange for concern, purple for "neither", grey for common cause (each 3:1 or more on white).
/// </summary>
public sealed record SpcLook(string Label, string Icon, string Colour, string Key)
{
    private const string Blue = "#005eb8";
    private const string Orange = "#a84f00";
    private const string Purple = "#6b2d87";
    private const string Grey = "#505a5f";

    public static SpcLook For(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => new("Improving: special cause, higher", Icons.Material.Filled.TrendingUp, Blue, "improvement-high"),
        VariationIcon.ImprovementLow => new("Improving: special cause, lower", Icons.Material.Filled.TrendingDown, Blue, "improvement-low"),
        VariationIcon.ConcernHigh => new("Concern: special cause, higher", Icons.Material.Filled.TrendingUp, Orange, "concern-high"),
        VariationIcon.ConcernLow => new("Concern: special cause, lower", Icons.Material.Filled.TrendingDown, Orange, "concern-low"),
        VariationIcon.NeitherHigh => new("Special cause, higher", Icons.Material.Filled.TrendingUp, Purple, "neither-high"),
        VariationIcon.NeitherLow => new("Special cause, lower", Icons.Material.Filled.TrendingDown, Purple, "neither-low"),
        _ => new("Common cause: no significant change", Icons.Material.Filled.TrendingFlat, Grey, "common-cause"),
    };

    /// <summary>A point's class on the XmR chart (the chart also gives each class its own point shape).</summary>
    public static SpcLook For(SpcClass point) => point switch
    {
        SpcClass.Improvement => new("Special cause: improvement", Icons.Material.Filled.TrendingUp, Blue, "improvement"),
        SpcClass.Concern => new("Special cause: concern", Icons.Material.Filled.Warning, Orange, "concern"),
        SpcClass.Neither => new("Special cause: neither better nor worse", Icons.Material.Filled.Circle, Purple, "neither"),
        _ => new("Common cause", Icons.Material.Filled.TrendingFlat, Grey, "common"),
    };

    public static SpcLook For(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => new("Target consistently met", Icons.Material.Filled.Verified, Blue, "pass"),
        AssuranceIcon.Fail => new("Target consistently missed", Icons.Material.Filled.Block, Orange, "fail"),
        _ => new("Target hit and miss", Icons.Material.Filled.Shuffle, Grey, "hit-or-miss"),
    };
}
