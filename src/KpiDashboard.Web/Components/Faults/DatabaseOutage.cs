using Npgsql;

namespace KpiDashboard.Web.Components.Faults;

/// <summary>Tells a database that did not answer (down, restarting, unreachable) from every other failure.</summary>
public static class DatabaseOutage
{
    public const string Sentence = "The figures could not be read because the database did not answer; trying again.";

    /// <summary>
    /// Whether the failure, or one it wraps (EF Core wraps Npgsql's), is the database not answering: no connection,
    /// a broken one, a server shutting down or starting up. A wrong query is not an outage and is not retried.
    /// </summary>
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
