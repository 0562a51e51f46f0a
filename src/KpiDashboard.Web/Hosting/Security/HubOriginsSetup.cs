using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Hosting.Security;

public static class HubOriginsSetup
{
    /// <summary>Binds <c>Security</c> and refuses to start, in one sentence, when an allowed origin is not one.</summary>
    public static IServiceCollection AddHubOrigins(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>()
            .BindConfiguration(SecurityOptions.Section)
            .Validate(
                o => o.AllowedOrigins.All(a => WebOrigin.Normalise(a) is not null),
                "Security:AllowedOrigins must list origins written as scheme://host[:port] with no path, e.g. https://kpi.council.example.")
            .ValidateOnStart();
        services.AddSingleton<HubOrigins>();
        return services;
    }
}
