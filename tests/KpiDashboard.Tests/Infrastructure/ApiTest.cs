using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>Base for tests of the HTTP API: the real app (in memory) on a seeded database of the test's own.</summary>
public abstract class ApiTest(PostgresServer server) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The app's factory, for a test that needs another environment or setting (<c>WithWebHostBuilder</c>).</summary>
    protected WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The app has not started.");

    protected string ConnectionString { get; private set; } = "";

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await server.CreateSeededDatabaseAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Kpi", ConnectionString);
            builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
            builder.UseSetting("Database:SeedOnStart", "false");
            builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
        });
        Client = _factory.CreateClient();
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
