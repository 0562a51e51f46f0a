namespace KpiDashboard.Web.Hosting.Proxy;

/// <summary>Configuration section <c>Proxy</c>: the load balancers or reverse proxies in front of the app.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>
    /// Addresses of the proxies whose X-Forwarded-For and X-Forwarded-Proto headers the app believes, e.g.
    /// <c>Proxy__KnownProxies__0=10.0.0.5</c>. Empty (the default): the headers are ignored, because anyone could send them.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of such proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>, for a balancer with several addresses.</summary>
    public IList<string> KnownNetworks { get; } = [];
}
