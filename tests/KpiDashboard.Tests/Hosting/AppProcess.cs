using System.Diagnostics;

namespace KpiDashboard.Tests.Hosting;

/// <summary>Runs the built app as its own process, as a person at a terminal would, and captures what it prints.</summary>
internal static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> RunAsync(IDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(Infrastructure.RepoPaths.WebProject, environment, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await errors);
    }

    /// <summary>
    /// The built app started in <paramref name="webProject"/>, which is its content root, as <c>dotnet run --project</c>
    /// starts it in the web project's folder.
    /// </summary>
    public static ProcessStartInfo StartInfo(string webProject, IDictionary<string, string> environment, params string[] args) =>
        StartInfo(Path.Combine(AppContext.BaseDirectory, "KpiDashboard.Web.dll"), webProject, environment, args);

    /// <summary>The app in <paramref name="appDll"/> (a build's or a publish's) started in <paramref name="contentRoot"/>, in Production.</summary>
    public static ProcessStartInfo StartInfo(string appDll, string contentRoot, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Nothing is typed: standard input is empty and closed (create-user then generates the password).
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
