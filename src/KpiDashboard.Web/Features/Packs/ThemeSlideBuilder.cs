using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>The overview's tiles of one theme for an area and month, as a RAG summary table.</summary>
public static class ThemeSlideBuilder
{
    public static async Task<PackSlideContent> BuildAsync(PackSlide slide, DateOnly month, PackBuildContext context)
    {
        var model = await context.OverviewAsync(slide.Area!.Code, month);
        var theme = slide.Theme ?? "";
        var tiles = model.Tiles.Where(t => t.Theme == theme).ToList();
        var shown = model.Month ?? month;
        var title = slide.Title ?? $"{theme}: {slide.Area.Name}, {FigureFormat.Month(shown)}";
        var content = new PackSlideContent(slide.Id, slide.Position, PackSlideKind.ThemeSummary, title, Summary(theme, slide.Area.Name, shown, tiles))
        {
            AreaCode = slide.Area.Code,
            AreaName = slide.Area.Name,
            Month = model.Month,
            SpeakerNotes = slide.SpeakerNotes,
        };
        if (tiles.Count == 0)
        {
            return content;
        }

        return content with
        {
            Table = new PackTable($"{theme}: {slide.Area.Name}, {FigureFormat.Month(shown)}", "Measure",
                ["Figure", "Target", "Judgement", "Since the month before", "SPC", "Flags"],
                [.. tiles.Select(t => new PackTableRow(t.Name,
                [
                    t.Value is null && t.Status is null ? "–" : SlideParts.Text(t.Value, t.Status ?? ObservationStatus.NotAvailable, t.Unit),
                    t.Target is { } target ? FigureFormat.Value(target, t.Unit) : "–",
                    RagLook.For(t.Rag).Label,
                    t.SincePreviousMonth is { } change ? Change(change, t.Unit) : "–",
                    t.Variation is { } variation ? SpcLook.For(variation).Label : "–",
                    t.Flags.Count == 0 ? "–" : string.Join("; ", t.Flags.Select(f => f.Label)),
                ]))]),
            Figures = [.. tiles.Select(t => Figure(t, slide.Area, shown, context))],
            Commentary = [.. tiles.Where(t => t.Commentary is not null)
                .Select(t => new PackCommentary(t.Name, slide.Area.Name, shown, t.Commentary!.Text, t.Commentary.Author, t.Commentary.WrittenAt))],
        };
    }

    /// <summary>E.g. "Of 3 measures of Missing children for North East in Jun 2020: 2 on target, 1 off target."</summary>
    public static string Summary(string theme, string area, DateOnly month, IReadOnlyList<KpiTileModel> tiles)
    {
        if (tiles.Count == 0)
        {
            return $"No figures for {theme} in {area} up to {FigureFormat.Month(month)}.";
        }

        var counts = tiles.GroupBy(t => t.Rag).OrderBy(g => g.Key).Select(g => $"{g.Count()} {RagLook.For(g.Key).Label.ToLowerInvariant()}");
        var measures = tiles.Count == 1 ? "measure" : "measures";
        return $"Of {tiles.Count} {measures} of {theme} for {area} in {FigureFormat.Month(month)}: {string.Join(", ", counts)}.";
    }

    private static string Change(Change change, MetricUnit unit) =>
        change.Delta == 0 ? "No change"
        : $"{(change.Delta > 0 ? "Up" : "Down")} {FigureFormat.Difference(change.Delta, unit)}" +
          (change.IsBetter is { } better ? better ? " (better)" : " (worse)" : "");

    private static PackFigure Figure(KpiTileModel tile, Area area, DateOnly month, PackBuildContext context)
    {
        var target = RagEngine.TargetFor(context.Metric(tile.Code)?.Targets ?? [], area.Id, month);
        return new(tile.Code, tile.Name, area.Code, area.Name, month, tile.Value,
            SlideParts.Text(tile.Value, tile.Status ?? ObservationStatus.NotAvailable, tile.Unit), tile.Status ?? ObservationStatus.NotAvailable, tile.Unit)
        {
            Target = tile.Target,
            Green = target?.Green,
            Red = target?.Red,
            Rag = tile.Rag,
            Variation = tile.Variation,
            Assurance = tile.Assurance,
            Computed = tile.Computed,
            Flags = [.. tile.Flags.Select(f => f.Label)],
        };
    }
}
