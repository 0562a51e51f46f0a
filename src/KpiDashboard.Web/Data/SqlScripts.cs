namespace KpiDashboard.Web.Data;

/// <summary>
/// The schema's SQL that EF Core does not model, one named file each in <c>Data/Sql/</c> (embedded in the assembly), applied
/// by the migrations: the <c>figures</c> view, which reads the roll-up rules from the catalogue, the triggers that
/// refuse to delete what figures name, and the version number that moves when figures or their catalogue change.
/// </summary>
public static class SqlScripts
{
    public static string FiguresView => Read("figures-view.sql");

    public static string DeleteGuards => Read("delete-guards.sql");

    public static string FigureVersions => Read("figure-versions.sql");

    private static string Read(string name)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream("KpiDashboard.Web.Data.Sql." + name)
            ?? throw new InvalidOperationException($"The SQL script {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
