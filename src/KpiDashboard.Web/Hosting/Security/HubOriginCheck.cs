namespace KpiDashboard.Web.Hosting.Security;

/// <summary>
/// Refuses requests to the Blazor hub (<c>/_blazor</c>: negotiate, the WebSocket and its fallbacks) that come from a
/// page on another origin, so another site cannot open a circuit in a signed-in user's browser.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next, HubOrigins origins, ILogger<HubOriginCheck> logger)
{
    public const string Refusal = "This page is not allowed to connect to KpiDashboard; open the dashboard at its own address.";

    private static readonly PathString HubPath = "/_blazor";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(HubPath) || origins.Accepts(context.Request))
        {
            return next(context);
        }

        logger.LogWarning("Refused a Blazor hub request to {Path} from origin {Origin}", context.Request.Path, context.Request.Headers.Origin.ToString());
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Refusal);
    }
}
