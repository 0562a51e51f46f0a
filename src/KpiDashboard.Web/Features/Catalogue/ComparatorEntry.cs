namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>A comparator as the catalogue rules see it.</summary>
public sealed record ComparatorEntry(string Code, string Name, int SortOrder = 0);
