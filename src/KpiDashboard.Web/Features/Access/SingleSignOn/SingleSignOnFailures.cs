using Microsoft.AspNetCore.Authentication;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// What the provider's answer cannot be used for (the person cancelled, the state or correlation cookie is missing or
/// forged, the code cannot be redeemed) goes back to the sign-in page with one sentence, and into the audit log.
/// </summary>
internal static class SingleSignOnFailures
{
    public static Task CancelledAsync(AccessDeniedContext context) =>
        BackToSignInAsync(context, SingleSignOnProblem.Cancelled, "cancelled at the provider");

    public static Task FailedAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnFailures))
            .LogWarning(context.Failure, "Single sign-on did not complete");
        return BackToSignInAsync(context, SingleSignOnProblem.Failed, context.Failure?.Message ?? "no reason given");
    }

    private static async Task BackToSignInAsync(HandleRequestContext<RemoteAuthenticationOptions> context, SingleSignOnProblem problem, string reason)
    {
        context.HandleResponse();
        var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
        await audit.RecordAsync(Actor.From(context.HttpContext), AuditActions.SignInFailed, "single sign-on", $"single sign-on: {reason}");
        context.Response.Redirect(SingleSignOnProblems.SignInPath(problem));
    }
}
