namespace KpiDashboard.Tests.Infrastructure;

/// <summary>Folders of the repository, found from the test binaries' location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "KpiDashboard.Web");

    public static string SeedData => Path.Combine(Root, "seed-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No KpiDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
