namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Session settings that make PostgreSQL end a session soon after its client is gone, so that what the session holds
/// (the import's advisory lock, its transaction) is released. A backend learns of a closed socket only when it next
/// reads or writes it: one busy in a long statement, or waiting for a lock, went on holding the import lock after the
/// importing process was killed (kill -9), until the statement ended.
/// </summary>
public static class ClientLossDetection
{
    /// <summary>
    /// <c>client_connection_check_interval</c> (PostgreSQL 14 and later): while a statement runs, the backend checks
    /// every second that its client is still connected, and ends the session if not. The TCP keepalives cover a
    /// client whose machine or network vanished without closing the socket: the kernel gives up on it after about
    /// 60 s (30 s idle, then 3 probes 10 s apart) instead of the system's default of over two hours.
    /// </summary>
    public const string ServerOptions =
        "-c client_connection_check_interval=1000 -c tcp_keepalives_idle=30 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3";
}
