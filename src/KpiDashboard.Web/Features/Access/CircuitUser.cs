using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// The signed-in user of a live page, for component actions: each action asks whether the user's roles allow it
/// (on the server, at the time of the click) and who to record as having done it.
/// </summary>
public sealed class CircuitUser(AuthenticationStateProvider authentication, IAuthorizationService authorization, ClientAddress address)
{
    public async Task<bool> MayAsync(string policy)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return (await authorization.AuthorizeAsync(state.User, policy)).Succeeded;
    }

    public async Task<Actor> ActorAsync() => Actor.From((await authentication.GetAuthenticationStateAsync()).User, address.Value);

    /// <summary>The actor when the policy allows the action now, else null (the caller says it was refused).</summary>
    public async Task<Actor?> ActorIfAllowedAsync(string policy) => await MayAsync(policy) ? await ActorAsync() : null;

    /// <summary>The sentence for a refused action.</summary>
    public static string Refusal(string policy) =>
        $"Your account cannot do this: it needs the {string.Join(" or ", Policies.RolesFor[policy])} role. Nothing was changed.";
}
