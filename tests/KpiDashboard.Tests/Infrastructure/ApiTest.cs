using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>Base for tests of the HTTP API: the real app (in memory) on a database of the test's own, seeded unless the test says otherwise.</summary>
public abstract class ApiTest(PostgresServer server) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Signed in with an API key of <see cref="TestUsers.Everyone"/>.</summary>
    protected HttpClient Client { get; private set; } = null!;

    protected IServiceProvider Services => _factory!.Services;

    /// <summary>A client with no credentials.</summary>
    protected HttpClient AnonymousClient() => _factory!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with an API key of the user.</summary>
    protected Task<HttpClient> ClientWithKeyAsync(string email) => AnonymousClient().WithKeyAsync(Services, email);

    /// <summary>The app's factory, for a test that needs another environment or setting (<c>WithWebHostBuilder</c>).</summary>
    protected WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The app has not started.");

    protected string ConnectionString { get; private set; } = "";

    /// <summary>The database the app starts on: by default the catalogue and every seed figure.</summary>
    protected virtual Task<string> CreateDatabaseAsync(PostgresServer postgres) => postgres.CreateSeededDatabaseAsync();

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync(server);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Kpi", ConnectionString);
            builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
            builder.UseSetting("Database:SeedOnStart", "false");
            builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
        });
        Client = await _factory.CreateClient().WithKeyAsync(_factory.Services);
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
