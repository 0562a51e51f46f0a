using System.Security.Claims;

namespace KpiDashboard.Web.Features.Access;

/// <summary>Who did something, as the audit log and the records it changes name them, and from which address.</summary>
public sealed record Actor(string Name, string? Address)
{
    /// <summary>The longest name: an email (256) with " (key: " and a key's name (100); the columns that record actors are this wide.</summary>
    public const int MaxNameLength = 400;

    /// <summary>The person at a terminal running a command-line verb.</summary>
    public static Actor CommandLine => new($"{Environment.UserName} (command line)", null);

    /// <summary>The app itself, e.g. loading the seed at first start.</summary>
    public static Actor System => new("KpiDashboard (start-up)", null);

    /// <summary>A signed-in user (their email) or an API key ("email (key: name)").</summary>
    public static Actor From(ClaimsPrincipal user, string? address) => new(
        user.FindFirstValue(ApiKeyAuthentication.KeyNameClaim) is { } key
            ? $"{user.Identity?.Name} (key: {key})"
            : user.Identity?.Name ?? "anonymous",
        address);

    public static Actor From(HttpContext context) => From(context.User, context.Connection.RemoteIpAddress?.ToString());
}
