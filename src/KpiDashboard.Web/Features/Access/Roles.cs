namespace KpiDashboard.Web.Features.Access;

/// <summary>The four roles. A user may hold several; every role may read the dashboard.</summary>
public static class Roles
{
    /// <summary>Committee members: read everything, download.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Directors: what a Viewer may, plus commentary and meeting packs.</summary>
    public const string Presenter = "Presenter";

    /// <summary>Imports, undo, annotations, commentary, data quality, SPC settings.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Users, roles, API keys, the audit log.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Presenter, Analyst, Admin];

    /// <summary>The role as written in <see cref="All"/>, whatever its case, or null when there is no such role.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
