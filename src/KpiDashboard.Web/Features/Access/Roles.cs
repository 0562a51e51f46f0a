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

    /// <summary>What a role may do, in the words the Users page shows beside it.</summary>
    public static string Describe(string role) => role switch
    {
        Viewer => "reads every page and downloads",
        Presenter => "a Viewer who also writes commentary and builds and publishes meeting packs",
        Analyst => "imports and undoes, annotates, writes commentary, data quality and SPC settings",
        Admin => "users, roles, API keys and the audit log",
        _ => "",
    };

    /// <summary>The role as written in <see cref="All"/>, whatever its case, or null when there is no such role.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
