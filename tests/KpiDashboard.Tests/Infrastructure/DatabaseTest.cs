using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>Base for tests that need the app's services on a database of their own, seeded or not.</summary>
public abstract class DatabaseTest(PostgresServer server, bool seeded) : IAsyncLifetime
{
    private TestApp? _app;

    protected PostgresServer Server => server;

    protected TestApp App => _app ?? throw new InvalidOperationException("InitializeAsync has not run.");

    protected string ConnectionString { get; private set; } = "";

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = seeded ? await server.CreateSeededDatabaseAsync() : await server.CreateCatalogueDatabaseAsync();
        _app = TestApp.Build(ConnectionString);
        await _app.ConnectAsync();
    }

    protected async Task<KpiDbContext> DbAsync() =>
        await App.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
