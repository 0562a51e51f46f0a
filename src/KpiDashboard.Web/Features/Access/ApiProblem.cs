using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Features.Access;

/// <summary>Refusals of API calls, written as <c>application/problem+json</c> with a sentence in <c>detail</c>.</summary>
public static class ApiProblem
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = ReasonPhrase(status), Detail = detail },
            options: null, contentType: "application/problem+json");
    }

    /// <summary>"This needs the Analyst role, which ann@council.gov.uk does not hold." from the endpoint's policy.</summary>
    public static string ForbiddenSentence(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().LastOrDefault(a => a.Policy is not null)?.Policy;
        var roles = policy is not null && Policies.RolesFor.TryGetValue(policy, out var r) ? string.Join(" or ", r) : "another role";
        return $"This needs the {roles} role, which {context.User.Identity?.Name ?? "this account"} does not hold.";
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
