using KpiDashboard.Web.Features.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// Reading the scorecard: a signed-in user in one of the reading roles, or, while <c>Publication__PublicScorecard</c>
/// is on, an anonymous visitor (who is then shown the public, suppressed figures). A signed-in user without a reading
/// role is refused either way, as is a call that brings an API key the app does not accept: a script with a revoked
/// key gets 401, not the public view in silence.
/// </summary>
public sealed class ScorecardRequirement(IReadOnlyCollection<string> roles) : IAuthorizationRequirement
{
    public IReadOnlyCollection<string> Roles { get; } = roles;
}

public sealed class ScorecardHandler(IOptionsMonitor<PublicationOptions> publication) : AuthorizationHandler<ScorecardRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScorecardRequirement requirement)
    {
        var user = context.User;
        var admitted = user.Identity?.IsAuthenticated == true
            ? requirement.Roles.Any(user.IsInRole)
            : publication.CurrentValue.PublicScorecard && !BringsApiKey(context.Resource);
        if (admitted)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool BringsApiKey(object? resource) =>
        resource is HttpContext http && ApiKeyAuthentication.HasBearer(http.Request);
}
