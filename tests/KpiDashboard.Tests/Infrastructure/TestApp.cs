using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>
/// The app's own service registration pointed at a test database, without the web server: tests use
/// the same services (importer, queries, preparation) that the running dashboard uses.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static TestApp Build(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = RepoPaths.WebProject,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Database:ApplyMigrationsOnStart"] = "true",
            ["Database:SeedOnStart"] = "false",
            ["Database:SeedDirectory"] = RepoPaths.SeedData,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddKpiDashboard();
        return new TestApp(builder.Build());
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Connects and migrates (as at start-up), then loads the seed catalogue and, if asked, the seed figures.</summary>
    public async Task PrepareAsync(bool seedFigures)
    {
        await Get<DatabasePreparation>().StartAsync(CancellationToken.None);
        var seed = Get<SeedLoader>();
        await (seedFigures
            ? seed.LoadAsync(RepoPaths.SeedData, CancellationToken.None)
            : seed.LoadCatalogueAsync(RepoPaths.SeedData, CancellationToken.None));
    }

    /// <summary>Connects to an already prepared database.</summary>
    public Task ConnectAsync() => Get<DatabaseEndpoint>().InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
