namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>An app instance a single test may change; stopped when disposed.</summary>
internal sealed class PrivateApp(KpiAppFactory factory, Uri baseAddress, string connectionString) : IAsyncDisposable
{
    public Uri BaseAddress => baseAddress;

    public SeededFigures Figures { get; } = new(connectionString);

    /// <summary>Its database, for tests that read what it recorded.</summary>
    public string ConnectionString => connectionString;

    /// <summary>Its services, for tests that act as an administrator would (e.g. disable an account).</summary>
    public IServiceProvider Services => factory.Services;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
