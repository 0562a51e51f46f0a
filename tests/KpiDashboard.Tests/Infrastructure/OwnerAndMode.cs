using System.Diagnostics;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>A file's owner and octal mode as <c>stat</c> prints them (.NET has no call for the owner).</summary>
public static class OwnerAndMode
{
    public static (string Owner, string Mode) Of(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%U %a", path]) { RedirectStandardOutput = true };
        using var stat = Process.Start(start)!;
        var parts = stat.StandardOutput.ReadToEnd().Trim().Split(' ');
        stat.WaitForExit();
        return (parts[0], parts[1]);
    }
}
