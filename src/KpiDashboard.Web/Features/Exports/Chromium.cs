using Microsoft.Extensions.Options;
using PuppeteerSharp;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// One headless Debian Chromium for the app, started on the first export and again if it dies, closed with the app.
/// Every export gets a browser context of its own (no cookies, storage or cache shared between exports).
/// </summary>
public sealed class Chromium(IOptions<ExportOptions> options, ILogger<Chromium> logger) : IAsyncDisposable
{
    // Quiet and offline: the pages it prints come from the app's own process (PrintPage), never from the network.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IBrowser? _browser;

    public async Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        return await browser.CreateBrowserContextAsync();
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            if (_browser is not null)
            {
                logger.LogWarning("Chromium for exports had stopped; starting it again.");
                await _browser.DisposeAsync();
            }

            var path = options.Value.ChromiumPath;
            if (!File.Exists(path))
            {
                throw new ChromiumUnavailableException($"Exports need Chromium at {path}, which is not installed (apt-get install chromium, or set Exports:ChromiumPath).");
            }

            _browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = path, Headless = true, Args = Flags });
            // A process that ends without stopping its host (a test run, a crash) must not leave Chromium behind.
            if (_browser.Process is { } process)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(process);
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private static void KillQuietly(System.Diagnostics.Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It could not be signalled (already gone); nothing is left to stop.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _launch.Dispose();
    }
}
