using KpiDashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace KpiDashboard.Benchmarks;

/// <summary>The app's own services (importer, migrations, seed loader) pointed at one benchmark database.</summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchApp(WebApplication app) => _app = app;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<BenchApp> CreateAsync(PostgresCluster cluster, string database, string seedDirectory)
    {
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Kpi"] = cluster.ConnectionString(database),
            ["Database:ApplyMigrationsOnStart"] = "true",
            ["Database:SeedOnStart"] = "false",
            ["Database:SeedDirectory"] = seedDirectory,
            ["Import:MaxFileBytes"] = (1L << 30).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            // A new database has no migrations history yet; EF logs its first look as an error.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        });
        builder.AddKpiDashboard();
        var app = new BenchApp(builder.Build());
        await app.Get<DatabasePreparation>().StartAsync(CancellationToken.None);
        return app;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
