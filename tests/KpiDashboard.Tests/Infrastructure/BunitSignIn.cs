using Bunit;
using Bunit.TestDoubles;
using KpiDashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>bUnit renders with a signed-in user whose policies follow the app's own <see cref="Policies.RolesFor"/>.</summary>
public static class BunitSignIn
{
    /// <returns>The authorization state, for a test that changes the user's roles while the page is open.</returns>
    public static BunitAuthorizationContext SignInAs(this BunitContext context, string email, params string[] roles)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(email);
        authorization.HoldRoles(roles);
        context.Services.AddScoped<ClientAddress>();
        context.Services.AddScoped<CircuitUser>();
        return authorization;
    }

    /// <summary>The user now holds exactly these roles, and the policies they allow.</summary>
    public static void HoldRoles(this BunitAuthorizationContext authorization, params string[] roles)
    {
        authorization.SetRoles(roles);
        authorization.SetPolicies([.. Policies.RolesFor.Where(p => p.Value.Intersect(roles).Any()).Select(p => p.Key)]);
    }
}
