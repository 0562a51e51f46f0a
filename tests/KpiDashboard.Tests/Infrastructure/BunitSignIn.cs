using Bunit;
using KpiDashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>bUnit renders with a signed-in user whose policies follow the app's own <see cref="Policies.RolesFor"/>.</summary>
public static class BunitSignIn
{
    public static void SignInAs(this BunitContext context, string email, params string[] roles)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(email);
        authorization.SetRoles(roles);
        authorization.SetPolicies([.. Policies.RolesFor.Where(p => p.Value.Intersect(roles).Any()).Select(p => p.Key)]);
        context.Services.AddScoped<ClientAddress>();
        context.Services.AddScoped<CircuitUser>();
    }
}
