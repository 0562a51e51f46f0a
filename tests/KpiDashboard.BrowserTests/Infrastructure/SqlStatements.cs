using System.Collections.Concurrent;
using System.Diagnostics;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// The SQL statements the app sends to one database while this is alive, from Npgsql's own tracing (its
/// ActivitySource), so EF's statements and hand-written ones count alike. Only the named database is counted:
/// other tests' apps run beside this one in the same process, each on a database of its own.
/// </summary>
internal sealed class SqlStatements : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _texts = new();

    public SqlStatements(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string == database && activity.GetTagItem("db.query.text") is string text)
                {
                    _texts.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The statements sent so far, in the order they finished.</summary>
    public IReadOnlyList<string> Sent => [.. _texts];

    public void Dispose() => _listener.Dispose();
}
