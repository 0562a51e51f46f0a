using System.Text.Json;
using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Accessibility;

/// <summary>axe-core (fetched by the build with npm ci) run inside the live page.</summary>
[Collection(RunningApp.Name)]
public sealed class AccessibilityTests(AppServer app)
{
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            });
            return result.violations.map(v => ({
                id: v.id,
                impact: v.impact ?? '',
                help: v.help,
                targets: v.nodes.map(n => n.target.join(' ')),
            }));
        }
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/data-quality")]
    [InlineData("/commentary")]
    [InlineData("/annotations")]
    [InlineData("/spc-settings")]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/catalogue/areas")]
    [InlineData("/admin/catalogue/comparators")]
    [InlineData("/admin/catalogue")]
    [InlineData("/admin/catalogue/measures/audits-inadequate-pct")]
    [InlineData("/packs")]
    [InlineData("/packs/1")]
    [InlineData("/packs/2/edit")]
    public async Task Page_has_no_WCAG_2_2_A_or_AA_violations(string path)
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(path);

        var violations = await FindViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe found {violations.Count} WCAG A/AA violation(s) on {path}:\n{string.Join('\n', violations)}");
    }

    [Theory]
    [InlineData("/kpi/audits-inadequate-pct?area=NE&month=2020-06")]
    [InlineData("/kpi/vacancies-fte?area=SCC&month=2020-06")]
    [InlineData("/kpi/return-interviews-within-72h?area=SCC&month=2021-03&view=spc")]
    public async Task A_KPI_detail_page_with_its_tables_open_has_no_WCAG_2_2_A_or_AA_violations(string path)
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(path);
        await Assertions.Expect(page.Locator("canvas[data-rendered=true]").First).ToBeAttachedAsync();
        var toggles = page.GetByTestId("toggle-table");
        for (var i = 0; i < await toggles.CountAsync(); i++)
        {
            await toggles.Nth(i).ClickAsync();
        }

        await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(await toggles.CountAsync());
        var violations = await FindViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe found {violations.Count} WCAG A/AA violation(s) on {path}:\n{string.Join('\n', violations)}");
    }

    [Theory]
    [InlineData("/import")]
    [InlineData("/imports")]
    [InlineData("/imports/1")]
    public async Task Import_pages_have_no_WCAG_2_2_A_or_AA_violations(string path)
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(path);

        var violations = await FindViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe found {violations.Count} WCAG A/AA violation(s) on {path}:\n{string.Join('\n', violations)}");
    }

    [Fact]
    public async Task Import_page_listing_problems_has_no_WCAG_2_2_A_or_AA_violations()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/import");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "june.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("period,area,metric,value\n2020-06,NE,nope,1\n"),
        });
        await Assertions.Expect(page.GetByTestId("errors")).ToBeVisibleAsync();

        var violations = await FindViolationsAsync(page);

        Assert.True(violations.Count == 0, $"axe found {violations.Count} WCAG A/AA violation(s) on /import with problems listed:\n{string.Join('\n', violations)}");
    }

    internal static async Task<IReadOnlyList<string>> FindViolationsAsync(IPage page)
    {
        // Evaluated by the test driver, which the page's Content-Security-Policy does not govern; a <script> tag
        // added to the page (AddScriptTagAsync) would be refused as an inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));
        var result = await page.EvaluateAsync<JsonElement>(RunAxe);
        return [.. result.EnumerateArray().Select(v =>
            $"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n" +
            string.Concat(v.GetProperty("targets").EnumerateArray().Select(t => $"    {t.GetString()}\n")).TrimEnd('\n'))];
    }
}
