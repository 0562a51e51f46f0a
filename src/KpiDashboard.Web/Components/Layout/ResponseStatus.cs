namespace KpiDashboard.Web.Components.Layout;

/// <summary>Gives a statically rendered page's response a status of its own, such as 404 or 400.</summary>
public static class ResponseStatus
{
    /// <summary>
    /// .NET 10's Razor endpoint throws away the body of a response marked 404 while it renders (it expects
    /// NavigationManager.NotFound's generic page or the status-code pages to supply one), so the status is set as the
    /// response starts, after the page, with its own sentence, has been rendered into it. Does nothing once the
    /// circuit runs the page (no HttpContext).
    /// </summary>
    public static void SetAsResponseStarts(HttpContext? context, int status)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            });
        }
    }
}
