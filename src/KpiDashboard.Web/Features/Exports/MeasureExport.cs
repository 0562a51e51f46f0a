using KpiDashboard.Web.Features.Metrics;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>What the detail page shows, as a PDF of the page or a PNG of its first chart (trend or SPC view).</summary>
public sealed class MeasureExport(MetricDetailQuery query, PrintHtml html, PrintPage print, TimeProvider clock)
{
    // A4 portrait at 96 CSS pixels an inch, charts drawn at twice that.
    private static readonly PageSize A4Portrait = new(794, 1123, 2);
    private static readonly PageSize Picture = new(1200, 800, 2);

    public async Task<byte[]> PdfAsync(MetricDetailData data, TrendView view, CancellationToken cancellationToken)
    {
        var document = await RenderAsync(data, MetricDetailCharts.Build(data, view), chartsOnly: false);
        return await print.PdfAsync(document, new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = PrintTemplates.PageNumbers,
            MarginOptions = new MarginOptions { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        }, A4Portrait, cancellationToken);
    }

    public async Task<byte[]> PngAsync(MetricDetailData data, TrendView view, CancellationToken cancellationToken)
    {
        var document = await RenderAsync(data, [MetricDetailCharts.First(data, view)], chartsOnly: true);
        var images = await print.ChartImagesAsync(document, Picture, cancellationToken);
        return images[0];
    }

    public Task<MetricDetailData?> LoadAsync(string code, string? area, DateOnly? month, int? range, CancellationToken cancellationToken) =>
        query.LoadAsync(code, area, month, range, cancellationToken);

    private Task<string> RenderAsync(MetricDetailData data, IReadOnlyList<Components.Charts.ChartView> charts, bool chartsOnly) =>
        html.RenderAsync<MeasurePrint>(new Dictionary<string, object?>
        {
            [nameof(MeasurePrint.Data)] = data,
            [nameof(MeasurePrint.Charts)] = charts,
            [nameof(MeasurePrint.PrintedOn)] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            [nameof(MeasurePrint.ChartsOnly)] = chartsOnly,
        });
}
