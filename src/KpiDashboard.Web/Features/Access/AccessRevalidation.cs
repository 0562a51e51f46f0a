using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// Ends a live page's access within <see cref="AccessOptions.RevalidationInterval"/> of its user being disabled,
/// deleted or given other roles: every change to an account renews its security stamp, and this compares stamps.
/// </summary>
public sealed class AccessRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<AccessOptions> access,
    IOptions<IdentityOptions> identity) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => access.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await IsStillValidAsync(authenticationState.User);
        }
        catch (Exception e) when (Components.Faults.DatabaseOutage.IsOutage(e))
        {
            // A database that does not answer says nothing about the account: signing the page out would end a page that
            // recovers by itself once the database is back (and it reads nothing meanwhile). Checked at the next interval.
            return true;
        }
    }

    /// <summary>Whether the signed-in principal's account still exists, is enabled and has the security stamp it signed in with.</summary>
    internal async Task<bool> IsStillValidAsync(ClaimsPrincipal principal)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
