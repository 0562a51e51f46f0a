using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// The app as it ships: published in Release (as the Dockerfile does) into artifacts/release-app/, run as its own
/// process in Production over a seeded database, with Chromium to look at it. Static files are served as a publish
/// serves them (the .br and .gz files made by publish, long-cached by fingerprint), which a test host cannot show:
/// there the build's development handling of static files applies. Published once per test run (about a minute on
/// the 2-core machine, in parallel with the other tests).
/// </summary>
public sealed class ReleaseApp(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly string PublishFolder = Path.Combine(RepoPaths.Root, "artifacts", "release-app");

    private Process? _process;
    private readonly StringBuilder _printed = new();
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        await PublishAsync();
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = PublishFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(PublishFolder, "KpiDashboard.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Kpi"] = connectionString;
        start.Environment["Database__ApplyMigrationsOnStart"] = "false";
        start.Environment["Database__SeedOnStart"] = "false";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Print(e.Data);
        _process.ErrorDataReceived += (_, e) => Print(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync(TimeSpan.FromSeconds(60));

        _playwright = await Playwright.CreateAsync();
        Browser = await AppServer.LaunchChromiumAsync(_playwright);
    }

    /// <summary>A fresh browser context (empty cache) signed in as the user: sign-in happens in another context.</summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(string email = TestUsers.Everyone)
    {
        string state;
        await using (var signIn = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() }))
        {
            var page = await signIn.NewPageAsync();
            await page.SignInAsync(email, TestUsers.Password);
            state = await signIn.StorageStateAsync();
        }

        return await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = state,
        });
    }

    private static async Task PublishAsync()
    {
        var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", RepoPaths.WebProject, "-c", "Release", "-o", PublishFolder, "--nologo", "-v", "quiet" })
        {
            publish.ArgumentList.Add(arg);
        }

        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish -c Release failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The published app ended ({_process.ExitCode}) before it served:\n{Printed}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > timeout)
            {
                throw new InvalidOperationException($"The published app did not serve within {timeout.TotalSeconds} s:\n{Printed}");
            }

            await Task.Delay(250);
        }
    }

    private string Printed
    {
        get
        {
            lock (_printed)
            {
                return _printed.ToString();
            }
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

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }
}
