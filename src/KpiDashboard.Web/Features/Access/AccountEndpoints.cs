using KpiDashboard.Web.Features.Access.SingleSignOn;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Features.Access;

/// <summary>Single sign-on's endpoints when it is configured, and sign-out (a form post with an anti-forgery token, never a link another site could make a user follow).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountPaths.SignOut, SignOutAsync).AllowAnonymous();
        app.MapSingleSignOn();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<AppUser> signIn, AuditLog audit, [FromForm] string? returnUrl)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(Actor.From(context), AuditActions.SignOut, $"user {context.User.Identity.Name}");
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect(AccountPaths.SignIn);
    }
}
