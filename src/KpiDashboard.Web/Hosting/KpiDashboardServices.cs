using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Seed;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

public static class KpiDashboardServices
{
    public static WebApplicationBuilder AddKpiDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton(TimeProvider.System);
        AddDatabase(builder.Services, builder.Configuration);
        AddFeatures(builder.Services, builder.Configuration);
        return builder;
    }

    private static void AddDatabase(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        services.AddSingleton<DatabaseEndpoint>();
        // The endpoint is ready once DatabasePreparation has run, which happens before the server starts.
        services.AddSingleton(sp => new NpgsqlDataSourceBuilder(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString).Build());
        services.AddDbContextFactory<KpiDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        services.AddSingleton<DatabasePreparation>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabasePreparation>());
        services.AddHealthChecks().AddDbContextCheck<KpiDbContext>("database");
    }

    private static void AddFeatures(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<ImportLimits>(configuration.GetSection("Import"));
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportUndo>();
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<ImportTemplates>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<OverviewQuery>();
        services.AddSingleton<MetricDetailQuery>();
    }
}
