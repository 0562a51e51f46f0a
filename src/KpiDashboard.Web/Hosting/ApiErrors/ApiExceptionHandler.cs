using System.Diagnostics;
using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Web.Hosting.ApiErrors;

/// <summary>
/// An unexpected failure of an API call answers <c>application/problem+json</c> with a sentence and a reference to quote,
/// never the HTML error page and never the exception's text (that goes to the log).
/// </summary>
public static class ApiExceptionHandler
{
    public static Task WriteAsync(HttpContext context)
    {
        var reference = Activity.Current?.Id ?? context.TraceIdentifier;
        return ApiProblem.WriteAsync(context, StatusCodes.Status500InternalServerError,
            $"The request could not be completed. Please try again; if it keeps happening, quote this reference to support: {reference}.");
    }
}
