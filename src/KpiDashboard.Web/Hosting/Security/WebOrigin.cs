namespace KpiDashboard.Web.Hosting.Security;

/// <summary>A web origin (scheme, host and port) in one canonical spelling, so that equal origins compare equal.</summary>
public static class WebOrigin
{
    /// <summary>
    /// <c>https://kpi.example</c> for <c>HTTPS://KPI.example:443</c>; null for anything that is not an http(s)
    /// origin, including the <c>null</c> that browsers send from sandboxed frames and files, and URLs with a path.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return null;
        }

        return uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
    }

    /// <summary>The origin the request was made to, as the browser saw it when it reached the app directly.</summary>
    public static string? Of(HttpRequest request) => Normalise($"{request.Scheme}://{request.Host.Value}");
}
