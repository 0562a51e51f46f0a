using System.ComponentModel;
using System.Diagnostics;

namespace KpiDashboard.Web.Hosting;

/// <summary>Runs a program of the machine (initdb, runuser, chown) to its end and returns its exit code and what it printed.</summary>
public static class ExternalProgram
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new StartupProblemException($"Could not start {program}.");
        }
        catch (Win32Exception ex)
        {
            throw new StartupProblemException($"Could not start {program} ({ex.Message}); the embedded PostgreSQL needs it.", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await stderr + await stdout);
        }
    }
}
