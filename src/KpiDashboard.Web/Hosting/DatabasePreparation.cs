using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Runs before the web server starts: finds or starts the database, applies migrations where that is
/// configured (always for the embedded cluster) and loads the seed when it is not loaded yet.
/// </summary>
/// <remarks>
/// The database services are resolved only after the endpoint is known, because their connection
/// string comes from it.
/// </remarks>
public sealed class DatabasePreparation(
    DatabaseEndpoint endpoint,
    IServiceProvider services,
    IHostEnvironment environment,
    IOptions<DatabaseOptions> options,
    ILogger<DatabasePreparation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await endpoint.InitializeAsync();
        try
        {
            if (options.Value.ApplyMigrationsOnStart ?? endpoint.IsEmbedded)
            {
                await MigrateAsync(cancellationToken);
            }

            if (options.Value.SeedOnStart)
            {
                await services.GetRequiredService<SeedLoader>().LoadAsync(FindSeedDirectory(), cancellationToken);
            }

            if (endpoint.IsEmbedded)
            {
                await DemoAccounts.EnsureAsync(services.GetRequiredService<UserAccounts>());
            }
        }
        catch (NpgsqlException ex)
        {
            throw new StartupProblemException($"Cannot use the database {endpoint.Describe()}: {ex.Message}. " +
                "Check that PostgreSQL is running and that ConnectionStrings__Kpi is right.", ex);
        }

        logger.LogInformation("Database ready: {Database}", endpoint.Describe());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(cancellationToken);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            // Before the first release the migrations were folded into one; a database made by the older ones cannot be upgraded.
            var way = endpoint.EmbeddedFolder is { } folder
                ? $"Stop the dashboard, delete the folder {folder} and start it again to rebuild the embedded database."
                : "Migrate into a new, empty database and import the figures again.";
            throw new StartupProblemException($"The database {endpoint.Describe()} was made by an earlier, unreleased version of the schema " +
                $"(migration {unknown[0]}), which this version replaced with one initial migration. {way}");
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private string FindSeedDirectory()
    {
        if (options.Value.SeedDirectory is { } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new StartupProblemException($"No seed-data folder was found at or above {environment.ContentRootPath}. " +
            "Set Database__SeedDirectory, or Database__SeedOnStart=false to start without the illustrative figures.");
    }
}
