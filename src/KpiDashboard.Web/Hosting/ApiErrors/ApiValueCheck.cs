using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Web.Hosting.ApiErrors;

/// <summary>
/// Refuses an API call whose route or query values no code, month or number could be (control characters such as NUL,
/// which PostgreSQL refuses in text, or very long values) with a 400 naming the value, before any endpoint reads it.
/// </summary>
public sealed class ApiValueCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (ApiProblem.IsApi(context.Request) && FindProblem(context.Request) is { } problem)
        {
            return ApiProblem.WriteAsync(context, StatusCodes.Status400BadRequest, problem);
        }

        return next(context);
    }

    private static string? FindProblem(HttpRequest request)
    {
        foreach (var (name, value) in request.RouteValues)
        {
            if (AddressValues.Problem(name, value as string) is { } problem)
            {
                return problem;
            }
        }

        foreach (var (name, values) in request.Query)
        {
            if (AddressValues.Problem("name", name) is not null)
            {
                return $"A query parameter's name is longer than {AddressValues.MaxLength} characters or contains a control character; no parameter of this API has such a name.";
            }

            if (values.Select(value => AddressValues.Problem(name, value)).FirstOrDefault(p => p is not null) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}
