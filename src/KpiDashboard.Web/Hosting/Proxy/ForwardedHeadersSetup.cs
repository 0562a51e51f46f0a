using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KpiDashboard.Web.Hosting.Proxy;

/// <summary>
/// Behind a balancer, every request arrives from the balancer's address over its scheme. With the balancer named in
/// <c>Proxy:KnownProxies</c> (or <c>Proxy:KnownNetworks</c>) the app takes the user's address and scheme from the
/// X-Forwarded-For and X-Forwarded-Proto headers it adds, so the audit log records the user's address, sign-in
/// cookies keep their Secure flag and the hub's origin check sees the scheme the browser used. Nobody else is believed.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        // Read at registration, so that a mistyped address stops the start with a sentence rather than the first request.
        var proxies = proxy.KnownProxies.Select(ParseAddress).ToList();
        var networks = proxy.KnownNetworks.Select(ParseNetwork).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Every hop is checked against the known proxies, not just the last one, so a CDN in front of the balancer
            // works when both are listed; the first address that is not a known proxy is the user's.
            options.ForwardLimit = null;
            // The defaults trust loopback; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static IPAddress ParseAddress(string address) => IPAddress.TryParse(address, out var parsed)
        ? parsed
        : throw new StartupProblemException($"Proxy:KnownProxies holds \"{address}\", which is not an IP address (e.g. 10.0.0.5).");

    private static System.Net.IPNetwork ParseNetwork(string network) => System.Net.IPNetwork.TryParse(network, out var parsed)
        ? parsed
        : throw new StartupProblemException($"Proxy:KnownNetworks holds \"{network}\", which is not a network in CIDR notation (e.g. 10.0.0.0/24).");

    /// <summary>First in the pipeline, so that everything after it sees the user's address and scheme.</summary>
    public static WebApplication UseForwardedHeadersFromProxies(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>();
        if (proxy is { KnownProxies.Count: > 0 } or { KnownNetworks.Count: > 0 })
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
