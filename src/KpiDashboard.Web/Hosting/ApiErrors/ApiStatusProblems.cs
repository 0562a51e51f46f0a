using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Diagnostics;

namespace KpiDashboard.Web.Hosting.ApiErrors;

/// <summary>
/// Bodiless error answers of the API (no such endpoint, wrong method, a value the framework could not bind, a body too
/// large) as <c>application/problem+json</c> with a sentence, instead of the app's HTML status page.
/// </summary>
public static class ApiStatusProblems
{
    public static Task WriteAsync(StatusCodeContext context) => ApiProblem.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode,
        Sentence(context.HttpContext.Response.StatusCode));

    private static string Sentence(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read: check the values in its address and its body against the API's description at /openapi/v1.json.",
        StatusCodes.Status404NotFound => "There is no API endpoint at this address; /openapi/v1.json lists them.",
        StatusCodes.Status405MethodNotAllowed => "This API endpoint does not take this method; /openapi/v1.json lists the methods of each.",
        StatusCodes.Status413PayloadTooLarge => "The request's body is larger than the API accepts.",
        StatusCodes.Status415UnsupportedMediaType => "The request's body is not of a type this API endpoint accepts.",
        StatusCodes.Status429TooManyRequests => "Too many requests in a short time; wait a minute and try again.",
        _ => "The request could not be completed.",
    };
}
