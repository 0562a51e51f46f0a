using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Features.Exports.PowerPoint;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>A pack as PowerPoint slides: its charts as the pictures Chromium drew, in slide order.</summary>
public static class PackDeck
{
    /// <param name="pictures">One PNG per slide that has a chart, in slide order.</param>
    public static Deck From(PackContent content, IReadOnlyList<byte[]> pictures)
    {
        var next = 0;
        var slides = new List<DeckSlide>();
        foreach (var slide in content.Slides)
        {
            var picture = slide.Chart is null ? null : new DeckPicture(pictures[next++], slide.SummarySentence);
            var summary = slide.Kind == Data.PackSlideKind.Text ? "" : slide.SummarySentence;
            if (slide.RevisionNotice is { } notice)
            {
                summary = $"{summary} {notice}".Trim();
            }

            slides.Add(new DeckSlide(slide.Title, summary, picture, Body(slide), Figures(slide.Table), slide.SpeakerNotes));
        }

        return new Deck(content.Title, PackExportText.RunningLine(content),
            content.ForPublication ? [TitleSlide(content), .. slides, MethodSlide()] : slides);
    }

    /// <summary>A public document says so before its first figure.</summary>
    private static DeckSlide TitleSlide(PackContent content) =>
        new(content.Title, PackExportText.Meeting(content), null,
            [$"{PackExportText.ForPublicationLine}.", "How they are chosen is explained on the last slide."], null,
            $"{PackExportText.ForPublicationLine}. {PublicationNote.Text}");

    private static DeckSlide MethodSlide() => new(PackExportText.MethodHeading, "", null, [PublicationNote.Text], null, null);

    /// <summary>A text slide's paragraphs (other slides without a chart show their table).</summary>
    private static List<string> Body(PackSlideContent slide) =>
        slide is { Chart: null, Body: { } body } ? [.. body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

    private static ChartTable? Figures(PackTable? table) => table is null ? null
        : new ChartTable(table.Caption, table.RowHeading, table.Columns, [.. table.Rows.Select(r => new ChartTableRow(r.Heading, [.. r.Cells.Select(TableCell.Word)]))]);
}
