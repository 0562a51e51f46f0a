namespace KpiDashboard.Web.Hosting;

public enum Verb
{
    Serve,
    Migrate,
    Import,
    Help,
}

/// <summary>
/// The verbs: none (serve the dashboard), <c>migrate</c>, and <c>import &lt;file&gt;... [--dry-run]</c>.
/// Everything else is handed to ASP.NET configuration (e.g. <c>--urls</c>).
/// </summary>
public sealed record CommandLine(Verb Verb, IReadOnlyList<string> Files, bool DryRun, string[] HostArgs, string? Problem)
{
    public const string Usage = """
        Usage:
          KpiDashboard.Web                         serve the dashboard
          KpiDashboard.Web migrate                 apply database migrations and exit
          KpiDashboard.Web import <file>... [--dry-run]
                                                   validate and load CSV files of figures
        """;

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help"))
        {
            return new CommandLine(Verb.Serve, [], false, args, null);
        }

        var rest = args[1..];
        var hostArgs = HostArguments(rest);
        return args[0] switch
        {
            "-h" or "--help" or "help" => new CommandLine(Verb.Help, [], false, [], null),
            "migrate" when rest.Length == hostArgs.Length => new CommandLine(Verb.Migrate, [], false, hostArgs, null),
            "import" => ParseImport(rest, hostArgs),
            _ => new CommandLine(Verb.Help, [], false, [], $"Unknown command '{string.Join(' ', args)}'."),
        };
    }

    private static CommandLine ParseImport(string[] rest, string[] hostArgs)
    {
        var dryRun = rest.Contains("--dry-run");
        var files = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Except(hostArgs).ToList();
        return files.Count == 0
            ? new CommandLine(Verb.Help, [], false, [], "import needs at least one CSV file.")
            : new CommandLine(Verb.Import, files, dryRun, hostArgs, null);
    }

    /// <summary>ASP.NET-style <c>--key=value</c> or <c>--key value</c> options, minus our own flags.</summary>
    private static string[] HostArguments(string[] rest)
    {
        var host = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i].StartsWith("--", StringComparison.Ordinal) && rest[i] != "--dry-run")
            {
                host.Add(rest[i]);
                if (!rest[i].Contains('=', StringComparison.Ordinal) && i + 1 < rest.Length)
                {
                    host.Add(rest[++i]);
                }
            }
        }

        return [.. host];
    }
}
