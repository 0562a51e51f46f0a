using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Exports.PowerPoint;
using KpiDashboard.Web.Features.Packs;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>
/// A pack's PDF and PowerPoint file. Drafts are made afresh each time; a published pack's files are made once for its
/// content and kept in <see cref="PackFileStore"/>. Making runs in the <see cref="ExportRunner"/> (two at a time).
/// </summary>
public sealed class PackExport(PackService packs, PrintHtml html, PrintPage print, PackFileStore store, ExportRunner runner, TimeProvider clock)
{
    // A4 landscape at 96 CSS pixels an inch; charts drawn at twice that.
    private static readonly PageSize A4Landscape = new(1123, 794, 2);
    // Narrower than the PDF's page, so the chart's type is larger once the picture fills the slide's width.
    private static readonly PageSize Pictures = new(960, 640, 2);

    public Task<PackContent?> ContentAsync(int packId, CancellationToken cancellationToken) => packs.GetContentAsync(packId, cancellationToken);

    /// <summary>A published pack's file if it has been made for this content already, else null.</summary>
    public Task<ExportedFile?> KeptAsync(PackContent content, PackExportFormat format, CancellationToken cancellationToken) =>
        content.Status == PackStatus.Published ? store.FindAsync(content.Id, format, Hash(content), cancellationToken) : Task.FromResult<ExportedFile?>(null);

    /// <summary>Queues the file the page and the API offer: the kept one of a published pack (made first if need be), or a draft's made now.</summary>
    public ExportJob Start(PackContent content, PackExportFormat format, string requestedBy) =>
        runner.Enqueue(new ExportJob($"the {format.Name} file of '{content.Title}'", requestedBy, (progress, ct) => FileAsync(content, format, progress, ct)));

    private async Task<ExportedFile> FileAsync(PackContent content, PackExportFormat format, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        if (content.Status != PackStatus.Published)
        {
            return await MakeAsync(content, format, progress, cancellationToken);
        }

        var hash = Hash(content);
        if (await store.FindAsync(content.Id, format, hash, cancellationToken) is { } kept)
        {
            return kept;
        }

        var file = await MakeAsync(content, format, progress, cancellationToken);
        progress.Report(new ExportProgress(0.95, "Keeping the file for everyone"));
        await store.KeepAsync(content.Id, format, hash, file, clock.GetUtcNow(), cancellationToken);
        return file;
    }

    /// <summary>Makes the file, never kept (the benchmark times this).</summary>
    public Task<ExportedFile> MakeAsync(PackContent content, PackExportFormat format, IProgress<ExportProgress> progress, CancellationToken cancellationToken) =>
        format == PackExportFormat.Pdf ? PdfAsync(content, progress, cancellationToken) : PptxAsync(content, progress, cancellationToken);

    /// <summary>The page Chromium prints a pack's PDF from (the benchmark prints it with Chromium alone too).</summary>
    public Task<string> PrintHtmlAsync(PackContent content) =>
        html.RenderAsync<PackPrint>(new Dictionary<string, object?> { [nameof(PackPrint.Content)] = content });

    public static PdfOptions PdfOptions => new()
    {
        Format = PaperFormat.A4,
        Landscape = true,
        PrintBackground = true,
        Tagged = true,
        Outline = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = PrintTemplates.PageNumbers,
        MarginOptions = new MarginOptions { Top = "10mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
    };

    public static PageSize PdfPageSize => A4Landscape;

    private async Task<ExportedFile> PdfAsync(PackContent content, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(new ExportProgress(0.1, $"Laying out {content.Slides.Count} slides"));
        var document = await PrintHtmlAsync(content);
        progress.Report(new ExportProgress(0.3, "Drawing the charts and printing the pages"));
        var bytes = await print.PdfAsync(document, PdfOptions, A4Landscape, cancellationToken);
        return new ExportedFile(bytes, PackExportFormat.Pdf.ContentType, PackExportText.FileName(content, PackExportFormat.Pdf));
    }

    private async Task<ExportedFile> PptxAsync(PackContent content, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        progress.Report(new ExportProgress(0.1, "Drawing the charts"));
        var document = await html.RenderAsync<PackPictures>(new Dictionary<string, object?> { [nameof(PackPictures.Content)] = content });
        var pictures = await print.ChartImagesAsync(document, Pictures, cancellationToken);
        progress.Report(new ExportProgress(0.8, $"Writing {content.Slides.Count} slides"));
        var bytes = PptxWriter.Write(PackDeck.From(content, pictures));
        return new ExportedFile(bytes, PackExportFormat.Pptx.ContentType, PackExportText.FileName(content, PackExportFormat.Pptx));
    }

    private static string Hash(PackContent content) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(PackJson.Serialize(content))));
}
