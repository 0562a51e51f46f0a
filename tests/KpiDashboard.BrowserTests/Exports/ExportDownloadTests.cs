using System.Net.Http.Json;
using System.Text.Json;
using KpiDashboard.BrowserTests.Accessibility;
using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Exports;

/// <summary>The export buttons as a person uses them: the pack page's panel with its progress bar, and the detail page's downloads.</summary>
[Collection(RunningApp.Name)]
public sealed class ExportDownloadTests(AppServer app)
{
    private async Task<int> PackIdAsync(string status)
    {
        using var client = await app.CreateClientAsync();
        var packs = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/packs", UriKind.Relative), TestContext.Current.CancellationToken);
        return packs.EnumerateArray().First(p => p.GetProperty("status").GetString() == status).GetProperty("id").GetInt32();
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path!);
    }

    [Theory]
    [InlineData("draft", "pdf", "%PDF")]
    [InlineData("published", "pptx", "PK")]
    public async Task The_pack_page_makes_a_file_in_the_background_and_offers_it_for_download(string status, string format, string magic)
    {
        var id = await PackIdAsync(status);
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync($"/packs/{id}");

        await page.GetByTestId($"export-{format}").ClickAsync();

        var link = page.GetByTestId($"export-{format}-download");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var bytes = await DownloadAsync(page, link);
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length));
        await Expect(page.GetByTestId("pack-export-panel")).ToContainTextAsync($"pack-{id}-committee-");
        await page.SaveViewportScreenshotAsync($"pack-{status}-export-{format}");
        Assert.Empty(await AccessibilityTests.FindViolationsAsync(page));
    }

    [Fact]
    public async Task The_progress_bar_has_an_accessible_name_while_the_file_is_made()
    {
        var id = await PackIdAsync("draft");
        await using var context = await app.NewBrowserContextAsync(width: 390, height: 844);
        var page = await context.OpenInteractiveAsync($"/packs/{id}");

        await page.GetByTestId("export-pdf").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Progressbar, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Making the PDF file: ") })).ToBeVisibleAsync();
        await page.SaveViewportScreenshotAsync("pack-draft-export-progress-390");
        await Expect(page.GetByTestId("export-pdf-download")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Theory]
    [InlineData("export-pdf", "%PDF")]
    [InlineData("export-png", "\u0089PNG")]
    public async Task The_detail_page_downloads_its_pdf_and_png(string button, string magic)
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/kpi/audits-inadequate-pct?area=NE&month=2020-06");

        var bytes = await DownloadAsync(page, page.GetByTestId(button));

        Assert.Equal(magic, System.Text.Encoding.Latin1.GetString(bytes, 0, magic.Length));
    }
}
