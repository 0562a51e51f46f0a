namespace KpiDashboard.Web.Components.Faults;

/// <summary>How long to wait before each new try while the database does not answer: 1, 2, 4, 8 s, then every 10 s.</summary>
public static class RetryDelays
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    /// <summary>The wait before try <paramref name="attempt"/> (1 for the first retry).</summary>
    public static TimeSpan Before(int attempt) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Clamp(attempt - 1, 0, 10)));
}
