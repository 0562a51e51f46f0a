using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KpiDashboard.Tests.Exports;

/// <summary>Reads a PowerPoint file back with the Open XML SDK: its validator's errors and what each slide says.</summary>
internal static class PptxChecks
{
    public static IReadOnlyList<string> ValidationErrors(PresentationDocument document) =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public static IReadOnlyList<SlidePart> Slides(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        return [.. presentation.Presentation.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!))];
    }

    public static string Title(SlidePart slide) =>
        slide.Slide.Descendants<P.Shape>().First(s => s.Descendants<P.PlaceholderShape>().Any(p => p.Type?.Value == P.PlaceholderValues.Title))
            .Descendants<A.Text>().Aggregate("", (text, t) => text + t.Text);

    public static string Text(SlidePart slide) => string.Join("\n", slide.Slide.Descendants<A.Paragraph>().Select(Line));

    public static string Notes(SlidePart slide) =>
        string.Join("\n", slide.NotesSlidePart?.NotesSlide.Descendants<A.Paragraph>().Select(Line) ?? []);

    public static IReadOnlyList<string> PictureAltTexts(SlidePart slide) =>
        [.. slide.Slide.Descendants<P.Picture>().Select(p => p.NonVisualPictureProperties?.NonVisualDrawingProperties?.Description?.Value ?? "")];

    private static string Line(A.Paragraph paragraph) => string.Concat(paragraph.Descendants<A.Text>().Select(t => t.Text));
}
