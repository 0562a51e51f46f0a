namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// Cascaded (as true) by <see cref="PrintDocument"/>: <see cref="Components.Charts.KpiChart"/> then writes its
/// configuration into the markup, for the print page's script to draw, since a printed page has no circuit.
/// </summary>
public static class PrintCharts
{
    public const string CascadeName = "PrintCharts";
}
