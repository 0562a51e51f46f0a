namespace KpiDashboard.Web.Hosting;

/// <summary>
/// How long a stopping app (Ctrl+C, an orchestrator's SIGTERM) waits for work in progress before it ends it.
/// Circuits close at once (the hub closes its connections when the app begins to stop); what held a stop for the
/// default 30 s was a request still arriving, such as a slow upload, which Kestrel waits for. Three seconds leaves an
/// orchestrator's usual grace period (10 s in Docker, 30 s in Kubernetes) with room to spare; an import cut off by
/// it is rolled back, as every import that does not finish is.
/// </summary>
public static class HostShutdown
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddHostShutdown(this IServiceCollection services) =>
        services.Configure<HostOptions>(options => options.ShutdownTimeout = Timeout);
}
