using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Hosting;

/// <summary>Runs the command-line verbs against the built app, without starting the web server.</summary>
public static class CommandRunner
{
    public const int Success = 0;
    public const int ValidationErrors = 1;
    public const int UsageError = 2;

    /// <summary>Serves until shut down, printing the address first so the person who started it knows where to look.</summary>
    public static async Task<int> ServeAsync(WebApplication app)
    {
        app.UseKpiDashboard();
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"KpiDashboard is running at {string.Join(", ", app.Urls)} (Ctrl+C to stop)"));
        await app.RunAsync();
        return Success;
    }

    public static async Task<int> MigrateAsync(WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<DatabaseEndpoint>();
        await endpoint.InitializeAsync();
        await app.Services.GetRequiredService<DatabasePreparation>().MigrateAsync(CancellationToken.None);
        Console.WriteLine($"Migrations applied to {endpoint.Describe()}.");
        return Success;
    }

    public static async Task<int> ImportAsync(WebApplication app, CommandLine command)
    {
        var missing = command.Files.Where(f => !File.Exists(InvocationPath(f))).ToList();
        if (missing.Count > 0)
        {
            missing.ForEach(f => Console.Error.WriteLine($"{f}: no such file"));
            return UsageError;
        }

        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        var exitCode = Success;
        foreach (var file in command.Files)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await using var stream = File.OpenRead(InvocationPath(file));
            var result = await scope.ServiceProvider.GetRequiredService<ImportService>()
                .ImportAsync(stream, file, Features.Access.Actor.CommandLine, command.DryRun);
            Console.WriteLine(Describe(result));
            result.Errors.ToList().ForEach(e => Console.Error.WriteLine(e));
            exitCode = result.Succeeded ? exitCode : ValidationErrors;
        }

        return exitCode;
    }

    /// <summary>
    /// A path as the person typed it. <c>dotnet run --project</c> starts the app in the project folder, but the
    /// shell's PWD still names the folder the command was typed in, so relative paths resolve from there.
    /// </summary>
    internal static string InvocationPath(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory);

    private static string Describe(ImportResult result) => result.Outcome switch
    {
        ImportOutcome.Invalid => $"{result.FileName}: {result.Errors.Count} error(s); nothing was imported.",
        ImportOutcome.AlreadyImported => $"{result.FileName}: already imported on {result.PreviouslyImportedAt:yyyy-MM-dd HH:mm} UTC (import {result.ImportId}); nothing changed.",
        ImportOutcome.Previewed => $"{result.FileName}: dry run, nothing written. {Counts(result)}",
        _ => $"{result.FileName}: imported as import {result.ImportId}. {Counts(result)}",
    };

    private static string Counts(ImportResult r) =>
        $"Rows read: {r.RowsRead}; {r.NewValues} new, {r.ChangedValues} changed, {r.UnchangedValues} unchanged.";
}
