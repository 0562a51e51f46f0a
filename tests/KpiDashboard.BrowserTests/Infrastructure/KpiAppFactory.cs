using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// The real app (its own Program) pointed at an already migrated and seeded test database, with any further
/// settings given (e.g. single sign-on's).
/// </summary>
internal sealed class KpiAppFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Kpi", connectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
        builder.UseSetting("Database:SeedOnStart", "false");
        // Request logs would drown the test output; warnings and errors still show.
        builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
    }

    // Host configuration, not ConfigureWebHost's settings: the app reads some settings (single sign-on's) while it
    // registers its services, before settings given in ConfigureWebHost are applied (dotnet/aspnetcore#37680).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (settings is not null)
        {
            builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        }

        return base.CreateHost(builder);
    }
}
