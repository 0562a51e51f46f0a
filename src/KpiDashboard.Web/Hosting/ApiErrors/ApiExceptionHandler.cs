using System.Diagnostics;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Diagnostics;

namespace KpiDashboard.Web.Hosting.ApiErrors;

/// <summary>
/// An unexpected failure of an API call answers <c>application/problem+json</c> with a sentence and a reference to quote,
/// never the HTML error page and never the exception's text (that goes to the log).
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiProblem.IsApi(httpContext.Request) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var reference = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        await ApiProblem.WriteAsync(httpContext, StatusCodes.Status500InternalServerError,
            $"The request could not be completed. Please try again; if it keeps happening, quote this reference to support: {reference}.");
        return true;
    }
}
