using System.Net;
using System.Net.Sockets;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// A TCP relay between the browser and an app instance that can drop every open connection at once, as a closed
/// laptop lid or a venue's Wi-Fi does, and send new connections to another instance (one that never saw the circuit).
/// </summary>
internal sealed class CuttableProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile Uri _target;

    private CuttableProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri Address { get; }

    public static CuttableProxy To(Uri target) => new(target);

    /// <summary>Where new connections go from now on.</summary>
    public void SendTo(Uri target) => _target = target;

    /// <summary>Resets every open connection (both sides), as a network that went away.</summary>
    public void CutAll()
    {
        lock (_open)
        {
            foreach (var client in _open)
            {
                try
                {
                    // No lingering: a reset, as when the network goes, rather than a polite close.
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (ObjectDisposedException)
                {
                    // That side had already closed.
                }

                client.Dispose();
            }

            _open.Clear();
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(browser);
        }
    }

    private async Task RelayAsync(TcpClient browser)
    {
        var target = _target;
        using var app = new TcpClient();
        try
        {
            await app.ConnectAsync(target.Host, target.Port, _stop.Token);
            lock (_open)
            {
                _open.Add(browser);
                _open.Add(app);
            }

            await Task.WhenAny(
                browser.GetStream().CopyToAsync(app.GetStream(), _stop.Token),
                app.GetStream().CopyToAsync(browser.GetStream(), _stop.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection was cut, or one side closed it.
        }
        finally
        {
            browser.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        CutAll();
        _stop.Dispose();
    }
}
