using System.Globalization;

namespace KpiDashboard.Benchmarks;

/// <summary>
/// CPU time used so far by one PostgreSQL cluster: the postmaster and its children (the backends doing the
/// COPY, the WAL writer, the checkpointer), including children that have exited. Linux only.
/// </summary>
public sealed class ClusterCpu(string dataDirectory)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public TimeSpan Read()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || ProcStat.Read(pid) is not { } stat)
            {
                continue;
            }

            if (pid == postmaster)
            {
                ticks += stat.Own + stat.ExitedChildren;
            }
            else if (stat.Parent == postmaster)
            {
                ticks += stat.Own;
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
