using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.ExportBenchmarks;

/// <summary>The app's own services (no web server: exports never call it) on a migrated, seeded benchmark database.</summary>
internal static class BenchApp
{
    public static async Task<WebApplication> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Benchmark",
            // The web project: its wwwroot (print stylesheet, Chart.js copied by the build) and the chart module beside KpiChart.razor.
            ContentRootPath = Path.Combine(RepoRoot(), "src", "KpiDashboard.Web"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Database:ApplyMigrationsOnStart"] = "true",
            ["Database:SeedOnStart"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddKpiDashboard();
        var app = builder.Build();
        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        await app.Services.GetRequiredService<SeedLoader>().LoadAsync(Path.Combine(RepoRoot(), "seed-data"), CancellationToken.None);
        return app;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (KpiDashboard.sln was not found above it).");
    }
}
