using System.Security.Claims;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>Who a page or API answer is for: anyone signed in (a cookie or an API key) is internal; an anonymous visitor is the public.</summary>
public static class AudienceOf
{
    public static Audience User(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? Audience.Internal : Audience.Public;
}
