namespace KpiDashboard.Web.Features.Packs;

public static class PackSetup
{
    public static IServiceCollection AddPacks(this IServiceCollection services)
    {
        services.AddSingleton<MeasureSlideBuilder>();
        services.AddSingleton<PackRevisions>();
        services.AddSingleton<PackContentBuilder>();
        services.AddSingleton<PackService>();
        return services;
    }
}
