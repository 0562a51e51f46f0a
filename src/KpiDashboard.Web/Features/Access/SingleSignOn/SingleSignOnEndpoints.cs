using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// The sign-in page's single sign-on button is a link to <see cref="Path"/> (a GET, not a form: Chromium applies the
/// page's <c>form-action 'self'</c> to the redirects after a form post, and would stop the one to the provider). It
/// sends the person to the provider; the provider's answer arrives at <see cref="SingleSignOnSetup.CallbackPath"/>,
/// and then <see cref="ReturnPath"/> finds or makes the account and signs it in.
/// </summary>
public static class SingleSignOnEndpoints
{
    public const string Path = "/account/single-sign-on";
    public const string ReturnPath = "/account/single-sign-on/return";

    public static IEndpointRouteBuilder MapSingleSignOn(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<SingleSignOnSettings>().IsEnabled)
        {
            app.MapGet(Path, Challenge).AllowAnonymous();
            app.MapGet(ReturnPath, ReturnAsync).AllowAnonymous();
        }

        return app;
    }

    /// <summary>The button's address, keeping the page to return to.</summary>
    public static string Link(string? returnUrl) => $"{Path}?returnUrl={Uri.EscapeDataString(AccountPaths.LocalOrHome(returnUrl))}";

    private static IResult Challenge([FromQuery] string? returnUrl) => Results.Challenge(
        new AuthenticationProperties { RedirectUri = $"{ReturnPath}?returnUrl={Uri.EscapeDataString(AccountPaths.LocalOrHome(returnUrl))}" },
        [SingleSignOnSetup.Scheme]);

    private static async Task<IResult> ReturnAsync(HttpContext context, SingleSignOnAccounts accounts, SingleSignOnSettings settings, [FromQuery] string? returnUrl)
    {
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || SingleSignOnPerson.From(external.Principal, settings.RoleClaim) is not { } person)
        {
            return Results.LocalRedirect(SingleSignOnProblems.SignInPath(SingleSignOnProblem.Failed));
        }

        var problem = await accounts.SignInAsync(person, context.Connection.RemoteIpAddress?.ToString());
        return Results.LocalRedirect(problem is { } refused ? SingleSignOnProblems.SignInPath(refused) : AccountPaths.LocalOrHome(returnUrl));
    }
}
