namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Whether the <c>postgres</c> user, which runs the embedded cluster when this process is root, can reach a folder:
/// it must be able to enter (search) every folder on the way down, e.g. not a root-only <c>/root</c> (mode 0700).
/// Asked of the system as that user, so modes, owners, groups and ACLs all count. Only root can ask.
/// </summary>
public static class PostgresUserReach
{
    // Runs as postgres: prints the first folder it cannot enter, or nothing when it can enter them all.
    private const string FirstBlockedScript = """for dir do test -x "$dir" || { printf '%s' "$dir"; exit 0; }; done""";

    /// <summary>
    /// The first folder, from <c>/</c> down, that the postgres user cannot enter on the way to <paramref name="folder"/>,
    /// or null when it can reach it. A folder not created yet is judged by the folders that exist above it.
    /// </summary>
    public static async Task<string?> FirstBlockedFolderAsync(string folder)
    {
        await EnsureUserExistsAsync(folder);
        var (exitCode, output) = await ExternalProgram.RunAsync("runuser",
            ["-u", PostgresCluster.ServiceUser, "--", "sh", "-c", FirstBlockedScript, "sh", .. ExistingFoldersDownTo(folder)]);
        if (exitCode != 0)
        {
            throw new StartupProblemException($"Could not check whether the postgres user can enter {folder}: {output.Trim()}");
        }

        return output.Length > 0 ? output : null;
    }

    private static async Task EnsureUserExistsAsync(string folder)
    {
        var (exitCode, _) = await ExternalProgram.RunAsync("id", "-u", PostgresCluster.ServiceUser);
        if (exitCode != 0)
        {
            throw new StartupProblemException(
                $"The embedded PostgreSQL for {folder} cannot run as root and there is no postgres user to run it as; " +
                "install PostgreSQL (apt-get install postgresql creates that user), run the app as an ordinary user, " +
                "or point it at a database with ConnectionStrings__Kpi.");
        }
    }

    /// <summary>The folders from <c>/</c> down to <paramref name="folder"/>, stopping at the last one that exists.</summary>
    private static string[] ExistingFoldersDownTo(string folder)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
        }

        chain.Reverse();
        return [.. chain.TakeWhile(Directory.Exists)];
    }
}
