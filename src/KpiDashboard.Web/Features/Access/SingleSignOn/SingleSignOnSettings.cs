using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// Configuration section <c>Authentication:OpenIdConnect</c>. Single sign-on is on when <see cref="Authority"/> is set;
/// without it nothing about signing in changes. Read once at start, and a start with settings that cannot work stops
/// with a sentence naming the setting.
/// </summary>
public sealed record SingleSignOnSettings(
    string Authority,
    string ClientId,
    string ClientSecret,
    string DisplayName,
    string RoleClaim,
    RoleMap RoleMap,
    bool RequireHttpsMetadata)
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string DefaultDisplayName = "Sign in with your council account";
    public const string DefaultRoleClaim = "roles";

    private static readonly string[] RequiredWithAuthority = ["ClientId", "ClientSecret"];

    public static readonly SingleSignOnSettings Off = new("", "", "", DefaultDisplayName, DefaultRoleClaim, RoleMap.Empty, true);

    public bool IsEnabled => Authority.Length > 0;

    /// <summary>Without the client secret, so that a log line of the settings never holds it.</summary>
    public override string ToString() => IsEnabled ? $"single sign-on at {Authority} as client {ClientId}" : "single sign-on off";

    public static SingleSignOnSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var authority = Text(section, "Authority", "");
        if (authority.Length == 0)
        {
            return Off;
        }

        var problems = new List<string>();
        var (roleMap, roleMapProblems) = RoleMap.Read(section.GetSection("RoleMap"));
        problems.AddRange(roleMapProblems);
        if (roleMap.IsEmpty && roleMapProblems.Count == 0)
        {
            problems.Add($"{Section}:RoleMap must map at least one value of the role claim to a role, e.g. {Section}:RoleMap:Viewer=KPI-Viewers; without it nobody could sign in.");
        }

        var requireHttps = true;
        if (section["RequireHttpsMetadata"] is { Length: > 0 } text && !bool.TryParse(text, out requireHttps))
        {
            problems.Add($"{Section}:RequireHttpsMetadata must be true or false; '{text}' is neither.");
            requireHttps = true;
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && (requireHttps || uri.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add($"{Section}:Authority must be the provider's https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0; '{authority}' is not.");
        }

        foreach (var required in RequiredWithAuthority.Where(name => Text(section, name, "").Length == 0))
        {
            problems.Add($"{Section}:{required} must be set when {Section}:Authority is.");
        }

        if (problems.Count > 0)
        {
            throw new StartupProblemException(string.Join(" ", problems));
        }

        return new SingleSignOnSettings(authority, Text(section, "ClientId", ""), Text(section, "ClientSecret", ""),
            Text(section, "DisplayName", DefaultDisplayName), Text(section, "RoleClaim", DefaultRoleClaim), roleMap, requireHttps);
    }

    private static string Text(IConfigurationSection section, string key, string fallback) =>
        section[key]?.Trim() is { Length: > 0 } value ? value : fallback;
}
