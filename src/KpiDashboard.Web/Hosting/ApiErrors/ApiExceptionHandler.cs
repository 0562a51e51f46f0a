using System.Diagnostics;
using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Web.Hosting.ApiErrors;

/// <summary>
/// An unexpected failure of an API call answers <c>application/problem+json</c> with a sentence and a reference to quote,
/// never the HTML error page and never the exception's text (that goes to the log). A middleware of its own rather than
/// the framework's exception handler, which clears every header, the security headers and HSTS included.
/// </summary>
public sealed class ApiExceptionHandler(RequestDelegate next, ILogger<ApiExceptionHandler> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var reference = Activity.Current?.Id ?? context.TraceIdentifier;
            logger.LogError(exception, "The API call {Path} failed (reference {Reference})", context.Request.Path.Value, reference);
            context.Response.Headers.ContentType = default;
            context.Response.ContentLength = null;
            await ApiProblem.WriteAsync(context, StatusCodes.Status500InternalServerError,
                $"The request could not be completed. Please try again; if it keeps happening, quote this reference to support: {reference}.");
        }
    }
}
