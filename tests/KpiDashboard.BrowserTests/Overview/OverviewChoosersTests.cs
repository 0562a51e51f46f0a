using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Overview;

/// <summary>The overview's area and month choosers: the browser's own selects, labelled, drawn like an outlined field.</summary>
[Collection(RunningApp.Name)]
public sealed partial class OverviewChoosersTests(AppServer app)
{
    [Fact]
    public async Task Choosing_a_month_puts_it_in_the_address_and_reads_the_figures_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInClientAsync();
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/?area=NE");
        var area = page.GetByLabel("Area", new() { Exact = true });
        var month = page.GetByLabel("Month", new() { Exact = true });
        Assert.Equal(("SELECT", "SELECT"), (await TagAsync(area), await TagAsync(month)));
        await Expect(area).ToHaveValueAsync("NE");
        await Expect(month).ToHaveValueAsync("2021-03");

        int plain;
        using (var statements = new SqlStatements(app.DatabaseName))
        {
            await client.GetStringAsync(new Uri("/?area=NE&month=2020-06", UriKind.Relative), cancellationToken);
            plain = statements.Sent.Count;
        }

        IReadOnlyList<string> chosen;
        using (var statements = new SqlStatements(app.DatabaseName))
        {
            await month.SelectOptionAsync(new SelectOptionValue { Label = "Jun 2020" });
            await Expect(page.PageHeading()).ToHaveTextAsync("North East: Jun 2020");
            await Expect(page.TileValue("audits-inadequate-pct")).ToHaveTextAsync("29.2%");
            chosen = statements.Sent;
        }

        await Expect(page).ToHaveURLAsync(NorthEastInJune2020());
        await Expect(month).ToHaveValueAsync("2020-06");
        await Expect(area).ToHaveValueAsync("NE");
        Assert.InRange(chosen.Count, 1, plain);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_choosers_keep_their_width_within_the_page_and_show_a_focus_ring_of_3_to_1(int width)
    {
        await using var context = await app.NewBrowserContextAsync(width: width, height: 844);
        var page = await context.OpenInteractiveAsync("/");
        var area = page.GetByLabel("Area", new() { Exact = true });
        var month = page.GetByLabel("Month", new() { Exact = true });
        await page.SaveScreenshotAsync($"overview-choosers-{width}");

        var areaBox = (await area.BoundingBoxAsync())!;
        var monthBox = (await month.BoundingBoxAsync())!;
        // 14rem each, as the MudSelects were; side by side on a desktop, one above the other on a phone.
        Assert.Equal((224, 56), ((int)Math.Round(areaBox.Width), (int)Math.Round(areaBox.Height)));
        Assert.Equal(areaBox.Width, monthBox.Width);
        Assert.InRange(monthBox.X + monthBox.Width, 0, width);
        Assert.Equal(width >= 1280, areaBox.Y == monthBox.Y);
        Assert.True(await page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"), "The page is wider than the window.");

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var border = await area.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor");
        Assert.True(Contrast(border, background) >= 3, $"The field's border {border} has too little contrast with {background}.");

        await area.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(month).ToBeFocusedAsync();
        var outline = await month.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        var ring = await month.EvaluateAsync<string>("e => getComputedStyle(e).boxShadow");
        Assert.Equal("solid 3px", outline);
        // The dark ring around the yellow outline is what stands out against the page.
        var dark = RgbColour().Matches(ring).Select(m => m.Value).Last();
        Assert.True(Contrast(dark, background) >= 3, $"The focus ring {ring} has too little contrast with {background}.");
        await page.SaveScreenshotAsync($"overview-choosers-{width}-focused");
    }

    private static Task<string> TagAsync(ILocator element) => element.EvaluateAsync<string>("e => e.tagName");

    /// <summary>WCAG's contrast ratio of two CSS rgb() colours.</summary>
    private static double Contrast(string first, string second)
    {
        static double Luminance(string colour)
        {
            var parts = RgbColour().Match(colour).Groups;
            double Channel(int i)
            {
                var c = double.Parse(parts[i].Value, CultureInfo.InvariantCulture) / 255;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
        }

        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    [GeneratedRegex(@"rgba?\((\d+), (\d+), (\d+)")]
    private static partial Regex RgbColour();

    [GeneratedRegex("[?&]area=NE&month=2020-06$")]
    private static partial Regex NorthEastInJune2020();
}
