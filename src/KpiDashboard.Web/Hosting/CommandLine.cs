namespace KpiDashboard.Web.Hosting;

public enum Verb
{
    Serve,
    Migrate,
    Import,
    CatalogueExport,
    CatalogueImport,
    CreateUser,
    CreateApiKey,
    Help,
}

/// <summary>The options of <c>create-user</c> and <c>create-api-key</c>.</summary>
public sealed record AccountArguments(string Email, IReadOnlyList<string> Roles, string? KeyName, int Days);

/// <summary>
/// The verbs: none (serve the dashboard), <c>migrate</c>, <c>import &lt;file&gt;... [--dry-run]</c>, <c>create-user</c>
/// and <c>create-api-key</c>. Everything else is handed to ASP.NET configuration (e.g. <c>--urls</c>).
/// </summary>
public sealed record CommandLine(Verb Verb, IReadOnlyList<string> Files, bool DryRun, string[] HostArgs, string? Problem)
{
    public AccountArguments? Account { get; init; }

    public const string Usage = """
        Usage:
          KpiDashboard.Web                         serve the dashboard
          KpiDashboard.Web migrate                 apply database migrations and exit
          KpiDashboard.Web import <file>... [--dry-run]
                                                   validate and load CSV files of figures
          KpiDashboard.Web catalogue export <dir>  write the catalogue's CSV files (as in seed-data/) into a folder
          KpiDashboard.Web catalogue import <dir> [--dry-run]
                                                   check the catalogue files in a folder, list what they change,
                                                   and apply all of it or (with problems, or --dry-run) none
          KpiDashboard.Web create-user --email E --role R [--role R ...]
                                                   make a local account (roles: Viewer, Presenter, Analyst, Admin);
                                                   the password is read from standard input, or generated and printed once
          KpiDashboard.Web create-api-key --email E --name N [--days 90]
                                                   make an API key for a user and print it once
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
            "catalogue" => ParseCatalogue(rest, hostArgs),
            "create-user" => ParseAccount(Verb.CreateUser, args[0], rest),
            "create-api-key" => ParseAccount(Verb.CreateApiKey, args[0], rest),
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

    private static CommandLine ParseCatalogue(string[] rest, string[] hostArgs)
    {
        var words = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Except(hostArgs).ToList();
        var dryRun = rest.Contains("--dry-run");
        return words switch
        {
            ["export", var dir] when !dryRun => new CommandLine(Verb.CatalogueExport, [dir], false, hostArgs, null),
            ["import", var dir] => new CommandLine(Verb.CatalogueImport, [dir], dryRun, hostArgs, null),
            ["export" or "import", ..] => Fail($"catalogue {words[0]} needs one folder{(words[0] == "export" && dryRun ? " and does not take --dry-run" : "")}."),
            _ => Fail("catalogue needs export <dir> or import <dir> [--dry-run]."),
        };
    }

    private static CommandLine ParseAccount(Verb verb, string name, string[] rest)
    {
        string? email = null, keyName = null, days = null;
        List<string> roles = [], host = [];
        for (var i = 0; i < rest.Length; i++)
        {
            string? Value() => i + 1 < rest.Length ? rest[++i] : null;
            switch (rest[i])
            {
                case "--email": email = Value(); break;
                case "--role": roles.Add(Value() ?? ""); break;
                case "--name" when verb == Verb.CreateApiKey: keyName = Value(); break;
                case "--days" when verb == Verb.CreateApiKey: days = Value(); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    host.Add(option);
                    if (!option.Contains('=', StringComparison.Ordinal) && Value() is { } value)
                    {
                        host.Add(value);
                    }

                    break;
                default:
                    return Fail($"{name} does not take '{rest[i]}'.");
            }
        }

        var problem = (verb, email, keyName, days) switch
        {
            (_, null or "", _, _) => $"{name} needs --email.",
            (Verb.CreateUser, _, _, _) when roles.Count == 0 => "create-user needs at least one --role (Viewer, Presenter, Analyst or Admin).",
            (Verb.CreateApiKey, _, null or "", _) => "create-api-key needs --name, saying what will use the key.",
            (Verb.CreateApiKey, _, _, { } d) when !int.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out _) => $"--days must be a whole number of days; '{d}' is not.",
            _ => null,
        };
        return problem is not null
            ? Fail(problem)
            : new CommandLine(verb, [], false, [.. host], null)
            {
                Account = new AccountArguments(email!, roles, keyName, days is null ? Features.Access.ApiKeyRules.DefaultDays : int.Parse(days, System.Globalization.CultureInfo.InvariantCulture)),
            };
    }

    private static CommandLine Fail(string problem) => new(Verb.Help, [], false, [], problem);

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
