namespace KpiDashboard.Web.Hosting.Security;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins besides the request's own from which browsers may open the Blazor hub, e.g. the public address of a
    /// reverse proxy that reaches the app by another scheme, host or port. Written as <c>https://host[:port]</c>.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
