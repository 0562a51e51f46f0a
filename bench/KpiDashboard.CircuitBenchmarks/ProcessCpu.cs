using System.Globalization;

using KpiDashboard.Benchmarks;

namespace KpiDashboard.CircuitBenchmarks;

/// <summary>CPU time (user + system) of processes read from /proc, so each side's share is visible. Linux only.</summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The process alone.</summary>
    public static TimeSpan Of(int pid) => ProcStat.Read(pid) is { } s ? Seconds(s.Own) : TimeSpan.Zero;

    /// <summary>The process and every live descendant (and children that exited), leaving out the subtrees named.</summary>
    public static TimeSpan OfTree(int root, params int[] leaveOut)
    {
        var stats = AllStats();
        var ticks = 0L;
        foreach (var (pid, stat) in stats)
        {
            if (IsIn(pid, root, leaveOut, stats))
            {
                ticks += stat.Own + stat.ExitedChildren;
            }
        }

        return Seconds(ticks);
    }

    /// <summary>A PostgreSQL cluster: the postmaster named in its data folder and its children (backends, writers).</summary>
    public static TimeSpan OfCluster(string dataDirectory)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        return OfTree(postmaster);
    }

    private static bool IsIn(int pid, int root, int[] leaveOut, Dictionary<int, (int Parent, long Own, long ExitedChildren)> stats)
    {
        for (var current = pid; current > 1; current = stats.TryGetValue(current, out var s) ? s.Parent : 0)
        {
            if (leaveOut.Contains(current))
            {
                return false;
            }

            if (current == root)
            {
                return true;
            }
        }

        return false;
    }

    private static TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private static Dictionary<int, (int Parent, long Own, long ExitedChildren)> AllStats()
    {
        var stats = new Dictionary<int, (int, long, long)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ProcStat.Read(pid) is { } stat)
            {
                stats[pid] = stat;
            }
        }

        return stats;
    }
}
