using System.Globalization;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Metrics;

[Collection(RunningApp.Name)]
public sealed class MetricDetailPageTests(AppServer app)
{
    private const string InadequateNorthEast = "/kpi/audits-inadequate-pct?area=NE&month=2020-06";
    private const string ReturnInterviewsSurrey = "/kpi/return-interviews-within-72h?area=SCC&month=2021-03";
    private static readonly string[] ChartKinds = ["trend", "comparison", "audit-grades"];

    [Fact]
    public async Task The_trend_comparison_and_audit_grade_charts_draw_pixels_on_their_canvases()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);

        foreach (var kind in ChartKinds)
        {
            await page.WaitForChartAsync(kind);
            var drawn = await page.DrawnPixelsAsync(kind);
            Assert.True(drawn > 5_000, $"The {kind} chart's canvas has only {drawn} drawn pixels.");
        }

        await Expect(page.PageHeading()).ToHaveTextAsync("Case audits graded inadequate (%)");
        await page.SaveScreenshotAsync("kpi-detail-audits-inadequate-ne-2020-06");
        foreach (var kind in ChartKinds)
        {
            await page.SavePanelScreenshotAsync(kind, $"chart-{kind}");
        }
    }

    [Fact]
    public async Task Choosing_statistical_process_control_redraws_the_trend_as_an_XmR_chart_with_classes_in_its_table()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(ReturnInterviewsSurrey);
        await page.WaitForChartAsync("trend");

        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Statistical process control" }).CheckAsync();

        // The same canvas is redrawn (its second drawing), and no chart instance is left behind.
        await page.WaitForChartAsync("spc", renderCount: 2);
        Assert.EndsWith("view=spc", page.Url, StringComparison.Ordinal);
        Assert.True(await page.DrawnPixelsAsync("spc") > 5_000);
        Assert.Equal(2, await page.LiveChartsAsync());
        await Expect(page.Panel("spc").Locator(".spc-badges .spc-label")).ToHaveTextAsync(["Improving: special cause, higher", "Target hit and miss"]);
        await page.SavePanelScreenshotAsync("spc", "chart-spc");

        await page.Panel("spc").GetByTestId("toggle-table").ClickAsync();
        var rows = await page.TableRowsAsync("spc");
        Assert.Equal(24, rows.Count);
        Assert.Equal(["Apr 2019", "Mar 2021"], [rows[0][0], rows[^1][0]]);
        Assert.Equal("Special cause: improvement", rows[^1][2]);
        Assert.All(rows, r => Assert.Contains(r[2], (string[])["Common cause", "Special cause: improvement", "Special cause: concern"]));

        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Trend" }).CheckAsync();
        await page.WaitForChartAsync("trend", renderCount: 3);
        Assert.Equal(2, await page.LiveChartsAsync());
    }

    [Fact]
    public async Task The_trend_draws_the_comparators_benchmarks_and_lists_them_in_its_table()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(ReturnInterviewsSurrey);
        await page.WaitForChartAsync("trend");

        await page.SavePanelScreenshotAsync("trend", "chart-trend-benchmarks");
        await page.Panel("trend").GetByTestId("toggle-table").ClickAsync();

        await Expect(page.Panel("trend").Locator("thead th")).ToContainTextAsync(["England (benchmark)", "South East region (benchmark)", "Statistical neighbours (benchmark)"]);
        var rows = await page.TableRowsAsync("trend");
        Assert.Equal("65% (Apr 2020 to Mar 2021)", rows[^1][^3]);
    }

    [Fact]
    public async Task Printed_the_page_keeps_its_charts_and_tables_but_drops_the_controls()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Canvas("trend")).ToBeVisibleAsync();
        await Expect(page.Panel("trend").GetByTestId("toggle-table")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("area-select")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await page.SaveScreenshotAsync("kpi-detail-print");
    }

    [Fact]
    public async Task The_workforce_page_draws_appointments_against_vacancies()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/kpi/vacancies-fte?area=SCC&month=2020-06");

        await page.WaitForChartAsync("workforce");

        Assert.True(await page.DrawnPixelsAsync("workforce") > 5_000);
        await Expect(page.Panel("workforce").GetByTestId("chart-summary")).ToHaveTextAsync(
            "In the 6 months to Jun 2020, the quadrants appointed 76 practitioners; vacancies of 47 FTE remained, the most in South East (18 FTE).");
        await page.SaveScreenshotAsync("kpi-detail-vacancies-surrey-2020-06");
        await page.SavePanelScreenshotAsync("workforce", "chart-workforce");
    }

    [Fact]
    public async Task The_trend_table_shows_the_figures_stored_in_the_database()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");

        await page.Panel("trend").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Show as table" }).ClickAsync();

        await Expect(page.Panel("trend").Locator("table caption")).ToHaveTextAsync("Case audits graded inadequate (%): North East, Jul 2018 to Jun 2020");
        var stored = await app.Figures.SeriesAsync("audits-inadequate-pct", "NE", new DateOnly(2018, 7, 1), new DateOnly(2020, 6, 1), cancellationToken);
        var rows = await page.TableRowsAsync("trend");
        Assert.Equal(24, stored.Count);
        Assert.Equal(
            stored.Select(f => new[] { FigureFormat.Month(f.Period), FigureFormat.Value(f.Value, f.Status, f.Unit), Count(f.Numerator), Count(f.Denominator) }),
            rows.Select(r => new[] { r[0], r[1], r[5], r[6] }.Select(WithoutMarker).ToArray()));
        await page.SavePanelScreenshotAsync("trend", "chart-trend-with-table");
    }

    [Fact]
    public async Task The_CSV_download_holds_the_trend_figures_with_UK_months_and_raw_numbers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Panel("trend").GetByTestId("download-csv").ClickAsync());

        Assert.Equal("audits-inadequate-pct-trend-NE-2020-06.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), cancellationToken)).Where(l => l.Length > 0).ToList();
        Assert.Equal("Month,Figure,Status,Target,Judgement,Numerator,Denominator", lines[0]);
        var stored = await app.Figures.SeriesAsync("audits-inadequate-pct", "NE", new DateOnly(2018, 7, 1), new DateOnly(2020, 6, 1), cancellationToken);
        Assert.Equal(
            stored.Select(f => $"{FigureFormat.Month(f.Period)},{Raw(f.Value)},Actual"),
            lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))));
        Assert.Equal("Jun 2020,29.2,Actual,10,Off target,7,24", lines[^1]);
    }

    [Fact]
    public async Task The_PNG_download_is_a_PNG_image_of_the_chart()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("comparison");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Panel("comparison").GetByTestId("download-png").ClickAsync());

        Assert.Equal("audits-inadequate-pct-comparison-2020-06.png", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.True(bytes.Length > 10_000, $"The PNG is only {bytes.Length} bytes.");
    }

    [Fact]
    public async Task Changing_the_area_redraws_the_charts_without_leaking_Chart_js_instances()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");
        await page.WaitForChartAsync("audit-grades");
        Assert.Equal(3, await page.LiveChartsAsync());
        var northEast = await page.Panel("trend").GetByTestId("chart-summary").InnerTextAsync();

        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "South West" });

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("area=SW"));
        await page.WaitForChartAsync("trend", renderCount: 2);
        await Expect(page.Panel("trend").GetByTestId("chart-summary")).Not.ToHaveTextAsync(northEast);
        await Expect(page.Panel("trend").GetByTestId("chart-summary")).ToContainTextAsync("in South West");
        Assert.Equal(3, await page.LiveChartsAsync());
    }

    [Fact]
    public async Task Changing_the_range_to_6_months_puts_it_in_the_address_and_shortens_the_table()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");

        await page.GetByLabel("Range", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "6 months" });

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("range=6"));
        await page.WaitForChartAsync("trend", renderCount: 2);
        await page.Panel("trend").GetByTestId("toggle-table").ClickAsync();
        Assert.Equal(6, (await page.TableRowsAsync("trend")).Count);
        Assert.Equal(3, await page.LiveChartsAsync());
        await page.SaveScreenshotAsync("metric-detail-range-6");
    }

    [Fact]
    public async Task Series_checkboxes_and_the_legend_both_hide_and_show_a_quadrant_and_stay_in_step()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("comparison");
        var northEast = page.Panel("comparison").GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = "North East", Exact = true });

        await northEast.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Expect(northEast).Not.ToBeCheckedAsync();
        Assert.False(await page.Canvas("comparison").EvaluateAsync<bool>("c => globalThis.Chart.getChart(c).isDatasetVisible(1)"));
        await page.SavePanelScreenshotAsync("comparison", "chart-comparison-north-east-hidden");

        // North East's legend entry, found from Chart.js's own layout of the legend.
        var box = await page.Canvas("comparison").EvaluateAsync<double[]>(
            "c => { const h = globalThis.Chart.getChart(c).legend.legendHitBoxes[1]; return [h.left + h.width / 2, h.top + h.height / 2]; }");
        await page.Canvas("comparison").ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)box[0], Y = (float)box[1] } });

        await Expect(northEast).ToBeCheckedAsync();
        Assert.True(await page.Canvas("comparison").EvaluateAsync<bool>("c => globalThis.Chart.getChart(c).isDatasetVisible(1)"));
    }

    [Fact]
    public async Task Tooltips_and_axis_ticks_format_figures_by_unit_with_status_and_fractions()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync(InadequateNorthEast);
        await page.WaitForChartAsync("trend");

        var trendTooltip = await TooltipAsync(page, "trend", datasetIndex: 0, index: 23);
        var ticks = await page.Canvas("trend").EvaluateAsync<string[]>("c => globalThis.Chart.getChart(c).scales.y.ticks.map(t => t.label)");

        Assert.Equal(["North East: 29.2%", "  Off target", "  7 of 24"], trendTooltip);
        Assert.Contains("10%", ticks);

        var workforce = await context.OpenInteractiveAsync("/kpi/vacancies-fte?area=SCC&month=2020-06");
        await workforce.WaitForChartAsync("workforce");
        Assert.Equal(["Vacancies (FTE): 18 FTE"], await TooltipAsync(workforce, "workforce", datasetIndex: 1, index: 2));
        Assert.Equal(["Practitioners appointed (6 months): 15"], await TooltipAsync(workforce, "workforce", datasetIndex: 0, index: 2));
    }

    /// <summary>Opens Chart.js's tooltip on one point and reads the lines it draws.</summary>
    private static Task<string[]> TooltipAsync(IPage page, string kind, int datasetIndex, int index) =>
        page.Canvas(kind).EvaluateAsync<string[]>($$"""
            c => {
                const chart = globalThis.Chart.getChart(c);
                chart.options.interaction = { mode: 'nearest', intersect: true };
                const point = chart.getDatasetMeta({{datasetIndex}}).data[{{index}}];
                chart.tooltip.setActiveElements([{ datasetIndex: {{datasetIndex}}, index: {{index}} }], { x: point.x, y: point.y });
                chart.update();
                return chart.tooltip.body.flatMap(b => [...b.before, ...b.lines, ...b.after]);
            }
            """);

    [Fact]
    public async Task An_overview_tile_links_to_its_measures_detail_page_for_the_same_area_and_month()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/?area=NE&month=2020-06");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Case audits graded inadequate (%)", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kpi/audits-inadequate-pct\\?area=NE&month=2020-06$"));
        await Expect(page.PageHeading()).ToHaveTextAsync("Case audits graded inadequate (%)");
        await page.WaitForChartAsync("trend");
    }

    private static string Count(decimal? value) => value is { } v ? FigureFormat.Value(v, Web.Data.MetricUnit.Count) : "–";

    private static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";


    // A signed-in table marks each figure that would be c when published ("c*" and the reason): the figure comes before it.
    private static string WithoutMarker(string cell) =>
        cell.Split("c*", 2)[0].TrimEnd();
}
