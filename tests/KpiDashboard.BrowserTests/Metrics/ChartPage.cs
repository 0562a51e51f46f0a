using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Metrics;

/// <summary>Reads a KPI detail page's charts the way the tests need: drawn state, pixels, tables and live Chart.js instances.</summary>
internal static class ChartPage
{
    public static ILocator Panel(this IPage page, string kind) => page.Locator($"[data-chart-panel='{kind}']");

    public static ILocator Canvas(this IPage page, string kind) => page.Panel(kind).Locator("canvas");

    /// <summary>Waits until Chart.js has drawn the chart (the JS module sets data-rendered).</summary>
    public static async Task WaitForChartAsync(this IPage page, string kind, int renderCount = 1)
    {
        await Expect(page.Canvas(kind)).ToHaveAttributeAsync("data-rendered", "true");
        await Expect(page.Canvas(kind)).ToHaveAttributeAsync("data-render-count", renderCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>How many of the canvas's pixels are not transparent: a blank canvas has none.</summary>
    public static Task<int> DrawnPixelsAsync(this IPage page, string kind) =>
        page.Canvas(kind).EvaluateAsync<int>("""
            canvas => {
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let drawn = 0;
                for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) drawn++; }
                return drawn;
            }
            """);

    /// <summary>Chart.js keeps every live chart in Chart.instances; destroyed charts leave it.</summary>
    public static Task<int> LiveChartsAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(globalThis.Chart.instances).length");

    /// <summary>A screenshot of one chart panel in artifacts/screenshots/; the fixed app bar is hidden so it cannot cover the panel.</summary>
    public static async Task SavePanelScreenshotAsync(this IPage page, string kind, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(KpiDashboard.Tests.Infrastructure.RepoPaths.Root, "artifacts", "screenshots"));
        await page.Panel(kind).ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(folder.FullName, name + ".png"),
            Style = ".app-header { display: none !important; }",
        });
    }

    /// <summary>The table's body as text: one list of cells per row, the row heading first.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> TableRowsAsync(this IPage page, string kind)
    {
        var rows = page.Panel(kind).Locator("table tbody tr");
        // The table appears on the next render after "Show as table"; wait for it rather than count too early.
        await rows.First.WaitForAsync();
        var result = new List<IReadOnlyList<string>>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            result.Add([.. (await rows.Nth(i).Locator("th, td").AllInnerTextsAsync()).Select(t => t.Trim())]);
        }

        return result;
    }
}
