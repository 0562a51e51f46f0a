using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KpiDashboard.Tests.Hosting;

/// <summary>The built app serving on a free local port until stopped the way Ctrl+C stops it (SIGINT), with what it printed.</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _printed = new();
    private readonly HttpClient _http;

    private RunningApp(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Everything printed so far, standard output and error together, in order.</summary>
    public string Printed
    {
        get
        {
            lock (_printed)
            {
                return _printed.ToString();
            }
        }
    }

    /// <summary>The build's app, with the web project as its content root.</summary>
    public static RunningApp Start(string webProject, IDictionary<string, string> environment) =>
        Start(port => AppProcess.StartInfo(webProject, environment, "--urls", $"http://127.0.0.1:{port}"));

    /// <summary>A published app, run from its publish folder.</summary>
    public static RunningApp StartPublished(string publishFolder, IDictionary<string, string> environment) =>
        Start(port => AppProcess.StartInfo(Path.Combine(publishFolder, "KpiDashboard.Web.dll"), publishFolder, environment, "--urls", $"http://127.0.0.1:{port}"));

    private static RunningApp Start(Func<int, ProcessStartInfo> startInfo)
    {
        var port = FreePort();
        var process = Process.Start(startInfo(port))!;
        var app = new RunningApp(process, port);
        process.OutputDataReceived += (_, e) => app.Print(e.Data);
        process.ErrorDataReceived += (_, e) => app.Print(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <c>/health</c> answers Healthy; fails with what the app printed if it ends or takes too long.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (await HealthAsync() != "Healthy")
        {
            Assert.False(_process.HasExited, $"The app ended (exit code {(_process.HasExited ? _process.ExitCode : 0)}) before it was healthy:\n{Printed}");
            Assert.True(deadline.Elapsed < timeout, $"The app was not healthy after {timeout.TotalSeconds} s:\n{Printed}");
            await Task.Delay(250);
        }
    }

    /// <summary>Stops the app as Ctrl+C would and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }

    private async Task<string?> HealthAsync()
    {
        try
        {
            using var health = JsonDocument.Parse(await _http.GetStringAsync("/health"));
            return health.RootElement.GetProperty("status").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null; // not listening yet, unhealthy (503), or too busy starting to answer in time
        }
    }

    private void Print(string? line)
    {
        if (line is not null)
        {
            lock (_printed)
            {
                _printed.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
