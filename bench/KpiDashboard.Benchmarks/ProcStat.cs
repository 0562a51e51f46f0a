using System.Globalization;

namespace KpiDashboard.Benchmarks;

/// <summary>A process's parent and CPU ticks from /proc/&lt;pid&gt;/stat; shared by the import and circuit benchmarks.</summary>
internal static class ProcStat
{
    /// <summary>The parent's pid, the process's own user+system ticks, and those of its children that have exited; null once it has ended.</summary>
    public static (int Parent, long Own, long ExitedChildren)? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // the process ended while we looked
        }

        // The command name (field 2) is in parentheses and may hold spaces; the numbered fields follow it.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
