using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Hosting.ApiErrors;

// In the Hosting namespace, beside KpiDashboardServices and KpiDashboardPipeline that call it.
namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Every error answer under <c>/api</c> is <c>application/problem+json</c> with a sentence, in every environment:
/// refused values, failures, and the bodiless answers of routing and binding.
/// </summary>
public static class ApiErrorHandling
{
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        // The developer exception page (Development only) answers API clients with problem details too.
        services.AddProblemDetails();
        return services;
    }

    /// <summary>After the app's HTML error and status pages, so that API answers are written first and those pages leave them be.</summary>
    public static WebApplication UseApiErrorHandling(this WebApplication app)
    {
        app.UseWhen(context => ApiProblem.IsApi(context.Request), api =>
        {
            if (!app.Environment.IsDevelopment())
            {
                api.UseMiddleware<ApiExceptionHandler>();
            }

            api.UseStatusCodePages(ApiStatusProblems.WriteAsync);
        });
        app.UseMiddleware<ApiValueCheck>();
        return app;
    }
}
