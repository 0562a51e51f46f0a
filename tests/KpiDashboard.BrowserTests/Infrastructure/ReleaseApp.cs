using System.Diagnostics;
using AppServing = KpiDashboard.Tests.Hosting.RunningApp;
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

    private AppServing? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress => _app?.BaseAddress ?? throw new InvalidOperationException("The published app has not started.");

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        await PublishAsync();
        _app = AppServing.StartPublished(PublishFolder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = connectionString,
            ["Database__ApplyMigrationsOnStart"] = "false",
            ["Database__SeedOnStart"] = "false",
        });
        await _app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));

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

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
