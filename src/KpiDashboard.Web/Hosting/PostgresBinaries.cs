namespace KpiDashboard.Web.Hosting;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on PATH or in Debian's install folder.</summary>
public static class PostgresBinaries
{
    public static string? FindDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerPrograms);
        if (onPath is not null)
        {
            return onPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServerPrograms)
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static bool HasServerPrograms(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
