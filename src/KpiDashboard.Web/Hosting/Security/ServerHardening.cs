using KpiDashboard.Web.Hosting.Security;

// In the Hosting namespace, beside KpiDashboardServices and KpiDashboardPipeline that call it.
namespace KpiDashboard.Web.Hosting;

/// <summary>
/// The hardened server: security headers on every response, the Blazor hub limited to the app's own origins, and
/// deliberate circuit and hub limits. One call each from the service registration and the pipeline; the numbers
/// and the reasons for them are in docs/security.md.
/// </summary>
public static class ServerHardening
{
    public static WebApplicationBuilder AddServerHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddHubOrigins();
        builder.Services.AddSingleton<ContentSecurityPolicy>();
        // A year, the usual figure; not includeSubDomains, because the council's other sites are not this app's to decide.
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddCircuitLimits(builder.Environment);
        return builder;
    }

    /// <summary>Goes first in the pipeline, so that error pages, 404s and refusals get the headers too.</summary>
    public static WebApplication UseServerHardening(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HubOriginCheck>();
        return app;
    }
}
