using DocumentFormat.OpenXml.Packaging;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Features.Exports.PowerPoint;
using P = DocumentFormat.OpenXml.Presentation;

namespace KpiDashboard.Tests.Exports;

/// <summary>The PowerPoint writer on a deck made here: the traps PowerPoint answers with a repair prompt, and LibreOffice.</summary>
public sealed class PptxWriterTests
{
    // A 2 × 1 white PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4//8/AxQDAFf5A/3kKywmAAAAAElFTkSuQmCC");

    private static Deck SampleDeck()
    {
        var table = new ChartTable("Inadequate audits, North East", "Month", ["Figure", "Target"],
            [new ChartTableRow("Jun 2020", [new TableCell("29.2%", CsvCell.Number(29.2m)), new TableCell("10%", CsvCell.Number(10m))])]);
        return new Deck("Select Committee, 21 September 2020", "Select Committee · 21 Sep 2020 · figures as at Jun 2020",
        [
            new DeckSlide("Inadequate audits", "29.2% of audits in the North East were inadequate in June 2020.", new DeckPicture(Png, "A line chart of inadequate audits"), [], table, "Say why.\nThen what next."),
            new DeckSlide("Since the last meeting", "Three measures changed.", null, ["Vacancies: 7 → 12", "Control \u0001 characters are left out"], null, null),
            new DeckSlide("A text slide", "", null, [], null, ""),
        ]);
    }

    [Fact]
    public void The_file_passes_the_open_xml_validator()
    {
        using var document = PresentationDocument.Open(new MemoryStream(PptxWriter.Write(SampleDeck())), false);

        Assert.Empty(PptxChecks.ValidationErrors(document));
    }

    [Fact]
    public void Slides_hold_titles_summaries_pictures_with_alt_text_and_notes_with_the_figures()
    {
        using var document = PresentationDocument.Open(new MemoryStream(PptxWriter.Write(SampleDeck())), false);
        var slides = PptxChecks.Slides(document);

        Assert.Equal(["Inadequate audits", "Since the last meeting", "A text slide"], slides.Select(PptxChecks.Title));
        Assert.Contains("29.2% of audits in the North East", PptxChecks.Text(slides[0]), StringComparison.Ordinal);
        Assert.Equal(["A line chart of inadequate audits"], PptxChecks.PictureAltTexts(slides[0]));
        Assert.Equal("Say why.\nThen what next.\n\nInadequate audits, North East\nMonth\tFigure\tTarget\nJun 2020\t29.2%\t10%", PptxChecks.Notes(slides[0]));
        Assert.Contains("Control  characters are left out", PptxChecks.Text(slides[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_as_powerpoint_requires()
    {
        using var document = PresentationDocument.Open(new MemoryStream(PptxWriter.Write(SampleDeck())), false);
        var presentation = document.PresentationPart!.Presentation;

        Assert.Equal([256u, 257u, 258u], presentation.SlideIdList!.Elements<P.SlideId>().Select(s => s.Id!.Value));
        var master = document.PresentationPart.SlideMasterParts.Single();
        var masterId = presentation.SlideMasterIdList!.Elements<P.SlideMasterId>().Single().Id!.Value;
        var layoutIds = master.SlideMaster.SlideLayoutIdList!.Elements<P.SlideLayoutId>().Select(l => l.Id!.Value).ToList();
        Assert.True(masterId >= 2147483648u && layoutIds.All(id => id >= 2147483648u && id != masterId));
        Assert.All(master.SlideLayoutParts, layout => Assert.Same(master, layout.SlideMasterPart));
        foreach (var slide in PptxChecks.Slides(document))
        {
            var ids = slide.Slide.Descendants<P.NonVisualDrawingProperties>().Select(p => p.Id!.Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(slide.Slide.Descendants<P.TextBody>(), body => Assert.NotEmpty(body.Elements<DocumentFormat.OpenXml.Drawing.Paragraph>()));
        }
    }

    [Fact]
    public async Task LibreOffice_converts_the_file_to_pdf()
    {
        var path = ExportFiles.Save("writer-sample.pptx", PptxWriter.Write(SampleDeck()));

        var (pdf, output) = await LibreOffice.ConvertToPdfAsync(path, TestContext.Current.CancellationToken);

        Assert.True(pdf is not null, output);
        using var converted = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(3, converted.NumberOfPages);
    }
}
