using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Web.Hosting.Security;

/// <summary>
/// The app's Content-Security-Policy. Scripts come only from the app's own files; the one inline script, the import
/// map that <c>&lt;ImportMap /&gt;</c> writes in App.razor, is allowed by the hash of its exact text. The map is built
/// from the static assets the app serves, so the hash is taken from the endpoints once they exist.
/// </summary>
public sealed class ContentSecurityPolicy(EndpointDataSource endpoints)
{
    private readonly Lazy<string> _value = new(() => Build(endpoints));

    public string Value => _value.Value;

    private static string Build(EndpointDataSource endpoints)
    {
        var importMaps = endpoints.Endpoints
            // ToString() is the JSON that ImportMap writes inside the script element.
            .Select(e => e.Metadata.GetMetadata<ImportMapDefinition>()?.ToString())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(json => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}'");
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self'{string.Concat(importMaps)}",
            // MudBlazor sets style attributes and Blazor's reconnect UI adds a <style> element (MudBlazor issue #4529).
            "style-src 'self' 'unsafe-inline'",
            // MudBlazor's stylesheet draws the colour picker's checkerboard from data: PNGs. Chart downloads are links
            // (data: and blob: URLs followed with the download attribute), which img-src does not govern.
            "img-src 'self' data:",
            // 'self' covers the circuit's WebSocket (ws: or wss: to the same host) in CSP level 3 browsers.
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
