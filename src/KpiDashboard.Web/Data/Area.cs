namespace KpiDashboard.Web.Data;

public enum AreaKind
{
    Authority,
    Quadrant,
    Locality,
}

/// <summary>A place figures are reported for: the local authority, one of its quadrants, or a locality within one.</summary>
public sealed class Area
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AreaKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public int SortOrder { get; set; }
}
