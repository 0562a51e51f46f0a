using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>A stored figure as an import shows it: the number, or its symbol when withheld.</summary>
public static class FigureText
{
    public static string Show(decimal? value, string status) => value is { } v
        ? v.ToString("#,##0.####", FigureFormat.Uk) + (status == nameof(ObservationStatus.Provisional) ? " (provisional)" : "")
        : Enum.TryParse<ObservationStatus>(status, out var parsed) ? ObservationSymbols.ToSymbol(parsed) : status;
}
