using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KpiDashboard.OverviewBenchmarks;

/// <summary>
/// What one view of a page costs the server: SQL statements for a plain GET (the prerender alone) and for a browser view
/// (prerender, then the circuit's interactive render), the page's HTML as sent (identity and brotli), and the messages
/// the circuit exchanges until the page is interactive. Runs the app on Kestrel over the benchmark's data and drives
/// Debian's Chromium; statements are counted from Npgsql's tracing for the benchmark's database.
/// </summary>
internal sealed record ViewCost(string Name, int PlainStatements, int ViewStatements, long HtmlBytes, long HtmlBrotliBytes, long CircuitReceived, long CircuitSent)
{
    public const string Email = "bench@bench.kpidashboard.test";
    public const string Password = "bench-password-2026";

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {PlainStatements} | {ViewStatements} | {HtmlBytes / 1024.0:0.0} / {HtmlBrotliBytes / 1024.0:0.0} | {CircuitReceived / 1024.0:0.0} | {CircuitSent / 1024.0:0.0} |");

    public static async Task<IReadOnlyList<ViewCost>> MeasureAsync(WebApplication app, string database, IReadOnlyList<(string Name, string Path)> views)
    {
        await app.Services.GetRequiredService<UserAccounts>().CreateAsync(Email, Roles.All.ToList(), Password, Actor.System);
        var address = new Uri(app.Urls.First());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("/account/sign-in");
        await signIn.GetByLabel("Email").FillAsync(Email);
        await signIn.GetByLabel("Password").FillAsync(Password);
        await signIn.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await signIn.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await signIn.CloseAsync();

        var costs = new List<ViewCost>();
        foreach (var (name, path) in views)
        {
            // Once unmeasured, so that the measured views find their statements prepared and their code compiled.
            await ViewAsync(context, path);
            var (plain, html) = await CountAsync(database, () => GetAsync(context, address, path, "identity"));
            var (_, brotli) = await CountAsync(database, () => GetAsync(context, address, path, "br"));
            var (viewed, circuit) = await CountAsync(database, () => ViewAsync(context, path));
            costs.Add(new ViewCost(name, plain, viewed, html, brotli, circuit.Received, circuit.Sent));
        }

        return costs;
    }

    /// <summary>A plain GET with the browser's cookies, not decompressed: the bytes of the body as sent.</summary>
    private static async Task<long> GetAsync(IBrowserContext context, Uri address, string path, string encoding)
    {
        var cookies = new CookieContainer();
        foreach (var cookie in await context.CookiesAsync())
        {
            cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = address,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static async Task<(long Received, long Sent)> ViewAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        long received = 0, sent = 0;
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => Interlocked.Add(ref received, frame.Binary?.Length ?? frame.Text?.Length ?? 0);
            socket.FrameSent += (_, frame) => Interlocked.Add(ref sent, frame.Binary?.Length ?? frame.Text?.Length ?? 0);
        };
        await page.GotoAsync(path);
        await page.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.Locator("[aria-label^='Loading']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        // Let the last render batches and their acknowledgements arrive.
        await Task.Delay(500);
        await page.CloseAsync();
        return (Interlocked.Read(ref received), Interlocked.Read(ref sent));
    }

    private static async Task<(int Statements, T Result)> CountAsync<T>(string database, Func<Task<T>> action)
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string == database && activity.GetTagItem("db.query.text") is string text)
                {
                    statements.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var result = await action();
        return (statements.Count, result);
    }
}
