using Microsoft.Playwright;

namespace KpiDashboard.CircuitBenchmarks;

/// <summary>
/// Real circuits: pages in Debian's Chromium, signed in once and sharing the cookie, each one Blazor circuit on the
/// server. An area change is what the area select does: an in-app navigation to <c>/?area=..</c> that the circuit
/// answers by querying and rendering the overview; it is timed in the page, from the navigation until the heading
/// names the area, so that Playwright's own messages are not in the figure.
/// </summary>
public sealed class Circuits(IBrowserContext context) : IAsyncDisposable
{
    private const string TimeAreaChange = """
        async ([url, name]) => {
            const heading = () => document.querySelector('h1')?.textContent ?? '';
            const started = performance.now();
            const shown = new Promise(resolve => {
                const check = () => { if (heading().startsWith(name + ':')) { observer.disconnect(); resolve(); } };
                const observer = new MutationObserver(check);
                observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            });
            Blazor.navigateTo(url);
            await shown;
            return performance.now() - started;
        }
        """;

    private readonly List<IPage> _pages = [];

    // The area each page shows (an index into the areas given; the overview opens on the first), so each change shows another.
    private readonly List<int> _shown = [];

    public int Count => _pages.Count;

    public static async Task<Circuits> SignInAsync(IBrowser browser, Uri address, string email, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("main[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.CloseAsync();
        return new Circuits(context);
    }

    /// <summary>Opens pages on about:blank (no circuit yet), so their cost on this side can be taken away from the circuits'.</summary>
    public async Task AddBlankPagesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _pages.Add(await context.NewPageAsync());
            _shown.Add(0);
        }
    }

    /// <summary>Every page opens the overview and waits until its circuit is live.</summary>
    public async Task OpenOverviewAsync()
    {
        foreach (var page in _pages)
        {
            await page.GotoAsync("/");
            await page.Locator("main[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
    }

    /// <summary>The first <paramref name="circuits"/> pages each change area <paramref name="each"/> times at once; ms of each change.</summary>
    public async Task<List<double>> ChangeAreasAsync(int circuits, int each, IReadOnlyList<(string Code, string Name)> areas)
    {
        var timings = await Task.WhenAll(_pages.Take(circuits).Select(async (page, index) =>
        {
            var mine = new List<double>();
            for (var i = 0; i < each; i++)
            {
                _shown[index] = (_shown[index] + 1) % areas.Count;
                var (code, name) = areas[_shown[index]];
                mine.Add(await page.EvaluateAsync<double>(TimeAreaChange, new object[] { $"/?area={code}", name }));
            }

            return mine;
        }));
        return [.. timings.SelectMany(t => t)];
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
