using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.BrowserTests.Scaling;

/// <summary>
/// Debian's HAProxy in front of app instances, run with the repository's own scripts/haproxy.cfg (sticky sessions by
/// the <c>kpi.instance</c> cookie, WebSockets passed through): the configuration a council would start from.
/// </summary>
internal sealed class Balancer : IAsyncDisposable
{
    private const string HaProxy = "/usr/sbin/haproxy";

    /// <summary>The cookie in which the balancer names the instance a browser sticks to.</summary>
    public const string InstanceCookie = "kpi.instance";

    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

    private Balancer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>A free loopback port for the balancer, chosen before the instances start so that they can be told its origin.</summary>
    public static Uri ReserveAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    /// <summary>Starts HAProxy at the address with instances a and b, and waits until it accepts connections.</summary>
    public static async Task<Balancer> StartAsync(Uri address, Uri instanceA, Uri instanceB)
    {
        if (!File.Exists(HaProxy))
        {
            throw new InvalidOperationException($"{HaProxy} is missing: install Debian's haproxy (./test.sh does).");
        }

        var start = new ProcessStartInfo(HaProxy, ["-db", "-f", Path.Combine(RepoPaths.Root, "scripts", "haproxy.cfg")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["KPI_BALANCER_BIND"] = $"127.0.0.1:{address.Port}";
        start.Environment["KPI_INSTANCE_A"] = $"127.0.0.1:{instanceA.Port}";
        start.Environment["KPI_INSTANCE_B"] = $"127.0.0.1:{instanceB.Port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("HAProxy did not start.");
        var balancer = new Balancer(process, address);
        process.OutputDataReceived += (_, e) => balancer.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => balancer.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await balancer.WaitUntilListeningAsync();
        return balancer;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _messages.Enqueue(line);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Address.Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException ex)
            {
                throw new InvalidOperationException($"HAProxy is not listening on {Address}: {string.Join(" / ", _messages)}", ex);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
