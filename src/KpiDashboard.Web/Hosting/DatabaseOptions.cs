namespace KpiDashboard.Web.Hosting;

/// <summary>Configuration section <c>Database</c>. The connection itself is <c>ConnectionStrings:Kpi</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>
    /// Where the embedded cluster lives when no connection string is set; relative to the content root. Unset means
    /// <c>.data/postgres</c>, or a folder outside the checkout when root's postgres user cannot reach that (<see cref="EmbeddedDataFolder"/>).
    /// </summary>
    public string? EmbeddedDataDirectory { get; set; }

    /// <summary>Apply migrations at start. Defaults to on for the embedded cluster, off for a configured database (use the <c>migrate</c> command).</summary>
    public bool? ApplyMigrationsOnStart { get; set; }

    /// <summary>Load the catalogue and the illustrative figures at start when they are not loaded yet.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>The seed folder; by default the nearest <c>seed-data</c> folder at or above the content root.</summary>
    public string? SeedDirectory { get; set; }
}
