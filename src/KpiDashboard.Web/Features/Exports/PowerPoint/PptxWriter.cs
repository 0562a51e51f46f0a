using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>
/// Writes a <see cref="Deck"/> as a 16:9 PowerPoint file with the Open XML SDK: a slide per deck slide (slide ids from
/// 256), each with its notes page; shape ids unique within each slide; every text body holding a paragraph.
/// </summary>
public static class PptxWriter
{
    private const uint FirstSlideId = 256;

    public static byte[] Write(Deck deck)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            document.PackageProperties.Title = deck.Title;
            document.PackageProperties.Creator = "KpiDashboard";
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var layout = master.AddNewPart<SlideLayoutPart>("rId1");
            Feed(layout, DeckTemplates.Layout);
            layout.AddPart(master, "rId1");
            var theme = master.AddNewPart<ThemePart>("rId2");
            Feed(theme, DeckTemplates.Theme);
            Feed(master, DeckTemplates.Master("rId1"));
            presentation.AddPart(theme, "rId2");
            var notesMaster = presentation.AddNewPart<NotesMasterPart>("rId3");
            Feed(notesMaster, DeckTemplates.NotesMaster);
            Feed(notesMaster.AddNewPart<ThemePart>("rId1"), DeckTemplates.Theme);

            var slideIds = new P.SlideIdList();
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var relationship = $"rId{i + 10}";
                var slidePart = presentation.AddNewPart<SlidePart>(relationship);
                WriteSlide(slidePart, layout, notesMaster, deck, i);
                slideIds.Append(new P.SlideId { Id = FirstSlideId + (uint)i, RelationshipId = relationship });
            }

            presentation.Presentation = new P.Presentation(
                new P.SlideMasterIdList(new P.SlideMasterId { Id = DeckTemplates.MasterId, RelationshipId = "rId1" }),
                new P.NotesMasterIdList(new P.NotesMasterId { Id = "rId3" }),
                slideIds,
                new P.SlideSize { Cx = (int)Geometry.SlideWidth, Cy = (int)Geometry.SlideHeight },
                new P.NotesSize { Cx = Geometry.NotesWidth, Cy = Geometry.NotesHeight },
                new P.DefaultTextStyle());
        }

        return stream.ToArray();
    }

    private static void WriteSlide(SlidePart part, SlideLayoutPart layout, NotesMasterPart notesMaster, Deck deck, int index)
    {
        var slide = deck.Slides[index];
        part.AddPart(layout, "rId1");
        var shapes = new List<OpenXmlElement>
        {
            SlideShapes.Title(2, slide.Title),
            SlideShapes.TextBox(3, "Summary", Geometry.Margin, Geometry.SummaryTop, Geometry.ContentWidth, Geometry.SummaryHeight,
                [SlideText.Paragraph(slide.Summary, 1800)]),
        };
        if (slide.Picture is { } picture)
        {
            var image = part.AddImagePart(ImagePartType.Png, "rId2");
            using (var png = new MemoryStream(picture.Png))
            {
                image.FeedData(png);
            }

            shapes.Add(SlideShapes.Picture(4, "rId2", picture));
        }
        else if (slide.Figures is { } figures && slide.Body.Count == 0)
        {
            shapes.Add(SlideTable.Frame(4, figures, Geometry.Margin, Geometry.ChartTop, Geometry.ContentWidth, Geometry.ChartHeight));
        }
        else
        {
            shapes.Add(SlideShapes.TextBox(4, "Content", Geometry.Margin, Geometry.ChartTop, Geometry.ContentWidth, Geometry.ChartHeight,
                slide.Body.Count > 0 ? slide.Body.Select(line => SlideText.Paragraph(line, 1600)) : [SlideText.Paragraph("", 1600)]));
        }

        shapes.Add(SlideShapes.TextBox(5, "Footer", Geometry.Margin, Geometry.FooterTop, Geometry.ContentWidth, Geometry.FooterHeight,
            [SlideText.Paragraph($"{deck.Footer}   ·   Slide {index + 1} of {deck.Slides.Count}", 1000, colour: "444444")]));
        part.Slide = new P.Slide(new P.CommonSlideData(SlideShapes.Tree(shapes)), new P.ColorMapOverride(new A.MasterColorMapping()));

        var notes = part.AddNewPart<NotesSlidePart>("rId3");
        notes.AddPart(notesMaster, "rId1");
        notes.AddPart(part, "rId2");
        notes.NotesSlide = new P.NotesSlide(new P.CommonSlideData(SlideShapes.Tree([SlideShapes.NotesSlideImage(2), SlideShapes.NotesBody(3, NotesText(slide))])),
            new P.ColorMapOverride(new A.MasterColorMapping()));
    }

    /// <summary>The speaker notes, then the slide's figures as a text table.</summary>
    private static IEnumerable<A.Paragraph> NotesText(DeckSlide slide)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(slide.Notes))
        {
            lines.AddRange(slide.Notes.ReplaceLineEndings("\n").Split('\n'));
        }

        if (slide.Figures is { } figures)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.AddRange(SlideText.Table(figures));
        }

        return lines.Count == 0 ? [SlideText.Paragraph("", 1200)] : lines.Select(line => SlideText.Paragraph(line, 1200));
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
