using System.Net;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// The dashboard served by real Kestrel on a free loopback port, over a seeded database of its own, and
/// Debian's Chromium driven by Playwright to look at it. Shared by every test in <see cref="RunningApp"/>;
/// each test opens its own browser context, and no test changes its database (one that must uses <see cref="StartPrivateAppAsync"/>).
/// </summary>
public sealed class AppServer(PostgresServer postgres) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    // Playwright adds --headless and makes a fresh user data directory for each launch itself
    // (it refuses --user-data-dir here); the rest keeps Chromium quiet and offline.
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private KpiAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly Dictionary<string, string> _signedIn = [];
    private readonly SemaphoreSlim _signInLock = new(1, 1);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The name of the app's database, e.g. to count the statements sent to it (<see cref="SqlStatements"/>).</summary>
    public string DatabaseName { get; private set; } = "";

    /// <summary>The figures the app shows, read straight from its database.</summary>
    public SeededFigures Figures { get; private set; } = new("");

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        Figures = new SeededFigures(connectionString);
        DatabaseName = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        (_factory, BaseAddress) = StartKestrel(connectionString);

        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (./test.sh does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless and offline, as every browser test runs it.</summary>
    internal static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumFlags,
        });

    /// <summary>Another instance of the app on a seeded database of its own, for a test that changes figures or settings.</summary>
    internal async Task<PrivateApp> StartPrivateAppAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        var (factory, address) = StartKestrel(connectionString, settings);
        return new PrivateApp(factory, address, connectionString);
    }

    /// <summary>Another instance of the app on the given database (one a test may stop, or one another instance uses too).</summary>
    internal static PrivateApp StartPrivateAppOn(string connectionString)
    {
        var (factory, address) = StartKestrel(connectionString);
        return new PrivateApp(factory, address, connectionString);
    }

    /// <summary>A new seeded database of a test's own, for instances started with <see cref="StartPrivateAppOn"/>.</summary>
    internal Task<string> CreateSeededDatabaseAsync() => postgres.CreateSeededDatabaseAsync();

    /// <summary>Several instances of the app sharing one seeded database of their own, as behind a load balancer.</summary>
    internal async Task<IReadOnlyList<PrivateApp>> StartInstancesSharingADatabaseAsync(int count, IReadOnlyDictionary<string, string?> settings)
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        return [.. Enumerable.Range(0, count).Select(_ => StartKestrel(connectionString, settings)).Select(s => new PrivateApp(s.Factory, s.Address, connectionString))];
    }

    private static (KpiAppFactory Factory, Uri Address) StartKestrel(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new KpiAppFactory(connectionString, settings);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return (factory, new Uri(addresses.Addresses.Single()));
    }

    /// <summary>A client with no credentials, not following redirects.</summary>
    public HttpClient CreateAnonymousClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client sending an API key of the user (by default one holding every role).</summary>
    public Task<HttpClient> CreateClientAsync(string email = TestUsers.Everyone) =>
        CreateAnonymousClient().WithKeyAsync(_factory!.Services, email);

    /// <summary>A client signed in through the sign-in form as the user, keeping its cookies, not following redirects.</summary>
    public Task<HttpClient> CreateSignedInClientAsync(string email = TestUsers.Everyone) =>
        new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress }
            .SignInAsync(email);

    /// <summary>
    /// A fresh, isolated browser session with a desktop-sized window, signed in as the user through the real sign-in
    /// page (by default one holding every role; null for an anonymous visitor). Each user signs in once per app: later
    /// sessions start from the cookies that sign-in left.
    /// </summary>
    public async Task<IBrowserContext> NewBrowserContextAsync(Uri? baseAddress = null, string? email = TestUsers.Everyone, int width = 1280, int height = 900)
    {
        var address = baseAddress ?? BaseAddress;
        var state = email is null ? null : await SignedInStateAsync(address, email);
        return await Browser.NewContextAsync(Options(address, width, height, state));
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    private static BrowserNewContextOptions Options(Uri address, int width, int height, string? storageState) => new()
    {
        BaseURL = address.ToString(),
        Locale = "en-GB",
        ViewportSize = new ViewportSize { Width = width, Height = height },
        StorageState = storageState,
    };

    private async Task<string> SignedInStateAsync(Uri address, string email)
    {
        var key = $"{address} {email}";
        await _signInLock.WaitAsync();
        try
        {
            if (!_signedIn.TryGetValue(key, out var state))
            {
                await using var context = await Browser.NewContextAsync(Options(address, 1280, 900, null));
                var page = await context.NewPageAsync();
                await page.SignInAsync(email, TestUsers.Password);
                state = _signedIn[key] = await context.StorageStateAsync();
            }

            return state;
        }
        finally
        {
            _signInLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _signInLock.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
