using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Hosting.Security;

/// <summary>
/// Which pages may talk to the Blazor hub: the app's own origin (scheme, host and port of the request) and the
/// configured <c>Security:AllowedOrigins</c>. A request without an Origin header is let through: browsers always send
/// one on the WebSocket handshake and on the negotiate POST, so a request without one does not come from a page in a
/// browser (the attack this stops), and a program that is not a browser could send any Origin it liked.
/// </summary>
public sealed class HubOrigins(IOptions<SecurityOptions> options)
{
    private readonly HashSet<string> _configured = new(
        options.Value.AllowedOrigins.Select(WebOrigin.Normalise).OfType<string>(), StringComparer.Ordinal);

    public bool Accepts(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        if (origin.Count == 0)
        {
            return true;
        }

        return origin.Count == 1 && WebOrigin.Normalise(origin[0]) is { } normalised
            && (normalised == WebOrigin.Of(request) || _configured.Contains(normalised));
    }
}
