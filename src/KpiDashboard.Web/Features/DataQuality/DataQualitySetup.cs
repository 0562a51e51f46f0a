namespace KpiDashboard.Web.Features.DataQuality;

public static class DataQualitySetup
{
    public static IServiceCollection AddDataQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DataQualityOptions>(configuration.GetSection("DataQuality"));
        services.AddSingleton<DataQualityQuery>();
        return services;
    }
}
