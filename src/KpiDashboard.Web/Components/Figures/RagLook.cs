using KpiDashboard.Web.Features.Rag;
using MudBlazor;

namespace KpiDashboard.Web.Components.Figures;

/// <summary>
/// How each RAG status looks: a distinct icon shape (circle, triangle, octagon, dash, question mark) and
/// a text label, so the status reads without colour. Colours pass 3:1 against white and differ in
/// lightness as well as hue, which keeps them apart for the common colour-vision deficiencies.
/// </summary>
public sealed record RagLook(string Label, string Icon, string Colour)
{
    public static RagLook For(RagStatus status) => status switch
    {
        RagStatus.Green => new("On target", Icons.Material.Filled.CheckCircle, "#00703c"),
        RagStatus.Amber => new("Near target", Icons.Material.Filled.Warning, "#a85d00"),
        RagStatus.Red => new("Off target", Icons.Material.Filled.Report, "#c4261d"),
        RagStatus.NoTarget => new("No target", Icons.Material.Filled.RemoveCircleOutline, "#505a5f"),
        _ => new("No data", Icons.Material.Filled.HelpOutline, "#505a5f"),
    };
}
