using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>The real app (its own Program) pointed at an already migrated and seeded test database.</summary>
internal sealed class KpiAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Kpi", connectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
        builder.UseSetting("Database:SeedOnStart", "false");
        // Request logs would drown the test output; warnings and errors still show.
        builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
    }
}
