using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Metrics;
using Microsoft.Extensions.Caching.Memory;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// What the detail page shows, as a PDF of the page or a PNG of its first chart (trend or SPC view), made in the
/// <see cref="ExportRunner"/> like every export. The same page asked for again (same HTML: same figures, same day)
/// is answered from memory for a few minutes, so a director's second click costs nothing.
/// </summary>
public sealed class MeasureExport(MetricDetailQuery query, PrintHtml html, PrintPage print, ExportRunner runner, IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(5);

    // A4 portrait at 96 CSS pixels an inch, charts drawn at twice that.
    private static readonly PageSize A4Portrait = new(794, 1123, 2);
    private static readonly PageSize Picture = new(1200, 800, 2);

    public async Task<byte[]> PdfAsync(MetricDetailData data, TrendView view, string requestedBy, CancellationToken cancellationToken)
    {
        var document = await RenderAsync(data, MetricDetailCharts.Build(data, view), chartsOnly: false);
        return await MakeAsync(document, "pdf", $"the PDF of {data.Metric.Name}", requestedBy, ct => print.PdfAsync(document, new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = PrintTemplates.PageNumbers,
            MarginOptions = new MarginOptions { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        }, A4Portrait, ct), cancellationToken);
    }

    public async Task<byte[]> PngAsync(MetricDetailData data, TrendView view, string requestedBy, CancellationToken cancellationToken)
    {
        var document = await RenderAsync(data, [MetricDetailCharts.First(data, view)], chartsOnly: true);
        return await MakeAsync(document, "png", $"the chart of {data.Metric.Name}", requestedBy,
            async ct => (await print.ChartImagesAsync(document, Picture, ct))[0], cancellationToken);
    }

    private async Task<byte[]> MakeAsync(string document, string format, string description, string requestedBy, Func<CancellationToken, Task<byte[]>> make, CancellationToken cancellationToken)
    {
        var key = (format, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document))));
        if (cache.TryGetValue(key, out byte[]? made) && made is not null)
        {
            return made;
        }

        var job = runner.Enqueue(new ExportJob(description, requestedBy, async (_, ct) => new ExportedFile(await make(ct), format == "pdf" ? "application/pdf" : "image/png", description)));
        var bytes = (await job.Completion.WaitAsync(cancellationToken)).Bytes;
        cache.Set(key, bytes, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Kept, Size = bytes.Length });
        return bytes;
    }

    /// <summary>The figures as the page shows them to whoever asks: the public's suppressed, the internal audience's marked.</summary>
    public Task<MetricDetailData?> LoadAsync(string code, string? area, DateOnly? month, int? range, Publication.Audience audience, CancellationToken cancellationToken) =>
        query.LoadAsync(code, area, month, range, audience, cancellationToken);

    private Task<string> RenderAsync(MetricDetailData data, IReadOnlyList<Components.Charts.ChartView> charts, bool chartsOnly) =>
        html.RenderAsync<MeasurePrint>(new Dictionary<string, object?>
        {
            [nameof(MeasurePrint.Data)] = data,
            [nameof(MeasurePrint.Charts)] = charts,
            [nameof(MeasurePrint.PrintedOn)] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            [nameof(MeasurePrint.ChartsOnly)] = chartsOnly,
        });
}
