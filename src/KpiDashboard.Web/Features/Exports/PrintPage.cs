using System.Net;
using Microsoft.Extensions.Options;
using PuppeteerSharp;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// Opens HTML rendered in this process (<see cref="PrintHtml"/>) in Chromium under a made-up origin: the document
/// and the app's static files are answered from memory, any other request is refused. So Chromium needs no sign-in
/// and no figure is ever served to it over HTTP. The page's script draws every chart with the app's Chart.js module
/// and replaces each canvas by an image of itself with the chart's text alternative (wwwroot/exports/print-charts.js).
/// </summary>
public sealed class PrintPage(Chromium chromium, PrintAssets assets, IOptions<ExportOptions> options)
{
    private const string Origin = "http://print.kpidashboard.invalid";

    /// <summary>Prints the HTML to PDF.</summary>
    public Task<byte[]> PdfAsync(string html, PdfOptions pdf, PageSize size, CancellationToken cancellationToken) =>
        WithPageAsync(html, size, page => page.PdfDataAsync(pdf), cancellationToken);

    /// <summary>Each chart of the HTML as a PNG, in document order.</summary>
    public Task<IReadOnlyList<byte[]>> ChartImagesAsync(string html, PageSize size, CancellationToken cancellationToken) =>
        WithPageAsync<IReadOnlyList<byte[]>>(html, size, async page =>
        {
            var sources = await page.EvaluateFunctionAsync<string[]>("() => [...document.querySelectorAll('img[data-chart-image]')].map(i => i.src)");
            return [.. sources.Select(s => Convert.FromBase64String(s[(s.IndexOf(',', StringComparison.Ordinal) + 1)..]))];
        }, cancellationToken);

    /// <summary>Opens the HTML, waits until its charts are images, then hands the page to <paramref name="use"/> (the benchmark times Chromium's print alone this way).</summary>
    public async Task<T> WithPageAsync<T>(string html, PageSize size, Func<IPage, Task<T>> use, CancellationToken cancellationToken)
    {
        await using var context = await chromium.NewContextAsync(cancellationToken);
        await using var page = await context.NewPageAsync();
        var timeout = (int)options.Value.PageTimeout.TotalMilliseconds;
        page.DefaultTimeout = timeout;
        await page.SetViewportAsync(new ViewPortOptions { Width = size.Width, Height = size.Height, DeviceScaleFactor = size.Scale });
        await page.SetRequestInterceptionAsync(true);
        var document = System.Text.Encoding.UTF8.GetBytes(html);
        page.Request += async (_, e) => await AnswerAsync(e.Request, document);
        try
        {
            await page.GoToAsync(Origin + "/", new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = timeout });
            await page.WaitForFunctionAsync("() => document.documentElement.dataset.chartsReady !== undefined", new WaitForFunctionOptions { Timeout = timeout });
            var failure = await page.EvaluateExpressionAsync<string>("document.documentElement.dataset.chartsReady");
            if (failure != "true")
            {
                throw new ChromiumUnavailableException($"The charts could not be drawn for the export: {failure}");
            }

            cancellationToken.ThrowIfCancellationRequested();
            return await use(page);
        }
        catch (PuppeteerException ex)
        {
            throw new ChromiumUnavailableException("Chromium did not finish the export in time; try again in a minute.", ex);
        }
    }

    private async Task AnswerAsync(IRequest request, byte[] document)
    {
        try
        {
            var url = new Uri(request.Url);
            if (!request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
            {
                await request.AbortAsync();
            }
            else if (url.AbsolutePath == "/")
            {
                await request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = "text/html; charset=utf-8", BodyData = document });
            }
            else if (assets.Find(url.AbsolutePath) is { } file)
            {
                await request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = file.ContentType, BodyData = file.Bytes });
            }
            else
            {
                await request.RespondAsync(new ResponseData { Status = HttpStatusCode.NotFound, ContentType = "text/plain", Body = "Not part of a printed page." });
            }
        }
        catch (PuppeteerException)
        {
            // The page closed while a request was in flight (an export cancelled): nothing is waiting for the answer.
        }
    }
}

/// <summary>The browser window a page is laid out in, in CSS pixels, and its device pixel ratio (charts are drawn at it).</summary>
public sealed record PageSize(int Width, int Height, double Scale);
