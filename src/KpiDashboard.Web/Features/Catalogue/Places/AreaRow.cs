using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue.Places;

/// <summary>An area as the areas page lists it; <see cref="HasFigures"/> fixes its code.</summary>
public sealed record AreaRow(string Code, string Name, AreaKind Kind, string? ParentCode, string? ParentName, int SortOrder, bool HasFigures)
{
    public AreaEntry Entry => new(Code, Name, Kind, ParentCode, SortOrder);
}
