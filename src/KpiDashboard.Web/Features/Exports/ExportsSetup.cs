using KpiDashboard.Web.Features.Exports.Packs;

namespace KpiDashboard.Web.Features.Exports;

public static class ExportsSetup
{
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExportOptions>(configuration.GetSection("Exports"));
        // Measure exports asked for again: at most 64 MB of files kept in memory.
        services.AddMemoryCache(options => options.SizeLimit = 64L * 1024 * 1024);
        services.AddSingleton<Chromium>();
        services.AddSingleton<PrintAssets>();
        services.AddSingleton<PrintPage>();
        services.AddSingleton<PrintHtml>();
        services.AddSingleton<MeasureExport>();
        services.AddSingleton<Background.ExportRunner>();
        services.AddSingleton<Packs.PackFileStore>();
        services.AddSingleton<Packs.PackExport>();
        services.AddHostedService(sp => sp.GetRequiredService<Background.ExportRunner>());
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapMeasureExports();
        app.MapPackExports();
        return app;
    }
}
