namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>An app instance a single test may change; stopped when disposed.</summary>
internal sealed class PrivateApp(KpiAppFactory factory, Uri baseAddress, SeededFigures figures) : IAsyncDisposable
{
    public Uri BaseAddress => baseAddress;

    public SeededFigures Figures => figures;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
