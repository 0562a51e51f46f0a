using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>Who a page or API answer is for: anyone signed in (a cookie or an API key) is internal; an anonymous visitor is the public.</summary>
public static class AudienceOf
{
    public static Audience User(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? Audience.Internal : Audience.Public;

    /// <summary>A page's audience from its cascading authentication state; without one (nobody signed in) it is the public.</summary>
    public static async Task<Audience> StateAsync(Task<AuthenticationState>? state) =>
        User(state is null ? null : (await state).User);
}
