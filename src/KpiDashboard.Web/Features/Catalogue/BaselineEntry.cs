namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// An SPC baseline as the catalogue rules see it: the measure and (or, with none, every area) the area by code, and
/// the first and last month the first limits are fixed on.
/// </summary>
public sealed record BaselineEntry(string MetricCode, string? AreaCode, DateOnly? FirstMonth, DateOnly? LastMonth);
