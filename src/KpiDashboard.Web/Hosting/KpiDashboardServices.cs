using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Annotations;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.DataQuality;
using KpiDashboard.Web.Features.Exports;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.ReadApi;
using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting.Proxy;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

public static class KpiDashboardServices
{
    public static WebApplicationBuilder AddKpiDashboard(this WebApplicationBuilder builder)
    {
        // First, so that its hosted service prepares the database before any other (data protection reads its keys from it).
        AddDatabase(builder.Services, builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddForwardedHeadersFromProxies(builder.Configuration);
        builder.Services.AddSingleton<Components.PrerenderedViews>();
        builder.AddServerHardening();
        builder.Services.AddApiErrorHandling();
        builder.Services.AddPageCompression();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostShutdown();
        builder.Services.AddAccess(builder.Configuration);
        AddFeatures(builder.Services, builder.Configuration);
        return builder;
    }

    private static void AddDatabase(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        services.AddSingleton<DatabaseEndpoint>();
        // The endpoint is ready once DatabasePreparation has run, which happens before the server starts.
        services.AddSingleton(sp => BuildDataSource(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString));
        services.AddDbContextFactory<KpiDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        services.AddSingleton<DatabasePreparation>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabasePreparation>());
        services.AddHealthChecks().AddDbContextCheck<KpiDbContext>("database", tags: [HealthEndpoints.ReadyTag]);
    }

    private static NpgsqlDataSource BuildDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // The dashboard's queries are short. On the figures view PostgreSQL's JIT compiler spent about 900 ms per query
        // to save a few (bench/KpiDashboard.OverviewBenchmarks), so it is off for the app's connections.
        // Every read of the figures view descends the observations key once per metric. With PostgreSQL's default
        // random_page_cost (4, a spinning disk's) the planner took a whole-table scan for one area's figures instead, as
        // soon as the sampled statistics moved a little: 32 ms against 3.3 ms on the million-figure bench (3 Dec 2026).
        // 1.1 is the usual value for solid-state storage and tables that stay in memory.
        builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c jit=off -c random_page_cost=1.1 {ClientLossDetection.ServerOptions}".Trim();
        // Planning the figures view took 2 to 6 ms of a 10 ms query; statements run repeatedly are prepared once per
        // connection and their plans kept (Npgsql's automatic preparation), unless the connection string says otherwise.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 100;
        }

        return builder.Build();
    }

    private static void AddFeatures(IServiceCollection services, ConfigurationManager configuration)
    {
        services.Configure<ImportLimits>(configuration.GetSection("Import"));
        services.Configure<Features.Publication.PublicationOptions>(configuration.GetSection("Publication"));
        services.AddSingleton<Features.Publication.PublicationPlanner>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ImportUndo>();
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<ImportTemplates>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<Features.Catalogue.Files.CatalogueExport>();
        services.AddSingleton<Features.Catalogue.Files.CatalogueImporter>();
        services.AddSingleton<SeedPacks>();
        services.AddSingleton<OverviewQuery>();
        services.AddReadApi();
        services.AddDataQuality(configuration);
        services.AddSingleton<CommentaryService>();
        services.AddSingleton<AnnotationService>();
        services.AddSingleton<Features.SpcSettings.SpcSettingsService>();
        services.AddSingleton<Features.Catalogue.MeasureCatalogue>();
        services.AddSingleton<BenchmarkService>();
        services.AddSingleton<MetricDetailQuery>();
        services.AddSingleton<Features.Admin.AuditQuery>();
        services.AddSingleton<Features.Catalogue.Places.AreaService>();
        services.AddSingleton<Features.Catalogue.Places.ComparatorService>();
        services.AddPacks();
        services.AddExports(configuration);
    }
}
