using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>An area as the catalogue rules see it: by code, its parent named by code too (as the seed file does).</summary>
public sealed record AreaEntry(string Code, string Name, AreaKind Kind, string? ParentCode, int SortOrder = 0);
