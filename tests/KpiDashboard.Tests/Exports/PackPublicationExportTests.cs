using System.Diagnostics;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Tests.Packs;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Exports.Packs;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Publication;
using Microsoft.Extensions.DependencyInjection;
using static KpiDashboard.Tests.Packs.PublicationPacks;
using A = DocumentFormat.OpenXml.Drawing;

namespace KpiDashboard.Tests.Exports;

/// <summary>
/// The PDF (Chromium, read back with poppler's pdftotext) and PowerPoint file (slide and notes XML) of a published pack
/// for publication: c in each place a suppressed figure would stand, a title page and slide saying so and the method
/// note at the end; the same pack not for publication has the numbers there and no such pages.
/// </summary>
public sealed partial class PackPublicationExportTests(PostgresServer server) : ApiTest(server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PackService Packs => Services.GetRequiredService<PackService>();

    private async Task<(PackContent Public, PackContent Internal, List<DateOnly> Months)> BothAsync()
    {
        var suppressed = Suppressed(await Services.GetRequiredService<PublicationPlanner>().ForAsync(Audience.Public, Ct));
        var months = Window.Where(m => suppressed.ContainsKey(new CellKey(Count, Quadrant, m))).ToList();
        Assert.NotEmpty(months);
        var forPublication = await PublishAsync(Packs, "Select Committee, for publication", forPublication: true, Ct);
        var internalOnly = await PublishAsync(Packs, "Select Committee, internal", forPublication: false, Ct);
        return ((await Packs.GetContentAsync(forPublication, Ct))!, (await Packs.GetContentAsync(internalOnly, Ct))!, months);
    }

    private async Task<string> FileAsync(PackContent content, PackExportFormat format)
    {
        var file = await Services.GetRequiredService<PackExport>().MakeAsync(content, format, new Progress<ExportProgress>(), Ct);
        return ExportFiles.Save($"pack-{(content.ForPublication ? "for-publication" : "internal")}.{format.Extension}", file.Bytes);
    }

    [Fact]
    public async Task The_pdf_for_publication_says_so_on_its_title_page_ends_with_the_method_note_and_has_c_where_each_suppressed_month_stood()
    {
        var (published, internalOnly, months) = await BothAsync();

        var pdf = await FileAsync(published, PackExportFormat.Pdf);
        var insidePdf = await FileAsync(internalOnly, PackExportFormat.Pdf);

        var pages = await PagesAsync(pdf);
        var insidePages = await PagesAsync(insidePdf);
        Assert.Equal(published.Slides.Count + 2, pages.Count);
        Assert.Equal(internalOnly.Slides.Count, insidePages.Count);
        Assert.Contains(PackExportText.ForPublicationLine, Flat(pages[0]), StringComparison.Ordinal);
        Assert.Contains(PackExportText.MethodHeading, pages[^1], StringComparison.Ordinal);
        Assert.Contains(Flat(PublicationNote.Text), Flat(pages[^1]), StringComparison.Ordinal);
        Assert.DoesNotContain(insidePages, p => Flat(p).Contains(PackExportText.ForPublicationLine, StringComparison.Ordinal));
        // The trend slide: the figures table's row for each suppressed month.
        foreach (var month in months)
        {
            var row = Row(pages[1], FigureFormat.Month(month));
            var insideRow = Row(insidePages[0], FigureFormat.Month(month));
            var value = internalOnly.Slides[0].Figures.Single(f => f.Month == month).Value!.Value;
            Assert.Equal(Withheld(MetricUnit.Count), row[1]);
            Assert.Equal(FigureFormat.Value(value, MetricUnit.Count), insideRow[1]);
            Assert.DoesNotContain(FigureFormat.Value(value, MetricUnit.Count), row);
        }
    }

    [Fact]
    public async Task The_pptx_for_publication_opens_and_closes_with_the_publication_slides_and_has_c_in_its_notes_and_tables_where_each_suppressed_figure_stood()
    {
        var (published, internalOnly, months) = await BothAsync();

        var pptx = await FileAsync(published, PackExportFormat.Pptx);
        var insidePptx = await FileAsync(internalOnly, PackExportFormat.Pptx);

        using var document = PresentationDocument.Open(pptx, false);
        using var insideDocument = PresentationDocument.Open(insidePptx, false);
        Assert.Empty(PptxChecks.ValidationErrors(document));
        var slides = PptxChecks.Slides(document);
        var insideSlides = PptxChecks.Slides(insideDocument);
        Assert.Equal([published.Title, .. published.Slides.Select(s => s.Title), PackExportText.MethodHeading], slides.Select(PptxChecks.Title));
        Assert.Equal(internalOnly.Slides.Select(s => s.Title), insideSlides.Select(PptxChecks.Title));
        Assert.Contains(PackExportText.ForPublicationLine, PptxChecks.Text(slides[0]), StringComparison.Ordinal);
        Assert.Contains(PublicationNote.Text, PptxChecks.Notes(slides[0]), StringComparison.Ordinal);
        Assert.Contains(PublicationNote.Text, PptxChecks.Text(slides[^1]), StringComparison.Ordinal);

        // The trend slide's notes hold its figures as a tab-separated table: month, figure, status, target, judgement.
        foreach (var month in months)
        {
            var row = NotesRow(slides[1], FigureFormat.Month(month));
            var insideRow = NotesRow(insideSlides[0], FigureFormat.Month(month));
            var value = internalOnly.Slides[0].Figures.Single(f => f.Month == month).Value!.Value;
            Assert.Equal(Withheld(MetricUnit.Count), row[1]);
            Assert.Equal(FigureFormat.Value(value, MetricUnit.Count), insideRow[1]);
        }

        // The theme slide (a PowerPoint table): each suppressed tile's figure cell.
        var theme = published.Slides[3];
        var hidden = theme.Figures.Where(f => f.Status == ObservationStatus.Suppressed).ToList();
        Assert.NotEmpty(hidden);
        foreach (var figure in hidden)
        {
            var insideText = internalOnly.Slides[3].Figures.Single(f => f.Key == figure.Key).Text;
            Assert.Equal(Withheld(figure.Unit), TableRow(slides[4], figure.MetricName)[1]);
            Assert.Equal(insideText, TableRow(insideSlides[3], figure.MetricName)[1]);
            Assert.NotEqual(Withheld(figure.Unit), insideText);
        }

        var (converted, output) = await LibreOffice.ConvertToPdfAsync(pptx, Ct);
        Assert.True(converted is not null, output);
        Assert.Equal(slides.Count, (await PagesAsync(converted)).Count);
    }

    /// <summary>A table row as pdftotext lays it out: the cells of the line that starts with the heading, split where two spaces or more part them.</summary>
    private static string[] Row(string page, string heading) =>
        Cells().Split(page.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(heading + "  ", StringComparison.Ordinal)));

    private static string[] NotesRow(SlidePart slide, string heading) =>
        PptxChecks.Notes(slide).Split('\n').Single(l => l.StartsWith(heading + "\t", StringComparison.Ordinal)).Split('\t');

    private static string[] TableRow(SlidePart slide, string heading) =>
        slide.Slide.Descendants<A.TableRow>()
            .Select(r => r.Elements<A.TableCell>().Select(c => string.Concat(c.Descendants<A.Text>().Select(t => t.Text))).ToArray())
            .Single(cells => cells[0] == heading);

    /// <summary>Each page's text as poppler lays it out (form feeds part the pages).</summary>
    private static async Task<List<string>> PagesAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { ArgumentList = { "-layout", pdf, "-" }, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.Equal(0, process.ExitCode);
        return [.. text.Split('\f').SkipLast(1)];
    }

    private static string Flat(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Cells();
}
