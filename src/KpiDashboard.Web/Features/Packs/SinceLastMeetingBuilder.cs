using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// The generated "since the last meeting" slide: every measure whose RAG judgement or SPC signal for the area changed
/// between the previous published pack's month and this pack's, and every figure of that pack restated since, old → new.
/// </summary>
public static class SinceLastMeetingBuilder
{
    public const string DefaultTitle = "Since the last meeting";

    /// <param name="previous">The previous published pack as published, with its revisions; null when there is none.</param>
    public static async Task<PackSlideContent> BuildAsync(PackSlide slide, DateOnly month, PackContent? previous, PackBuildContext context)
    {
        var content = new PackSlideContent(slide.Id, slide.Position, PackSlideKind.SinceLastMeeting, slide.Title ?? DefaultTitle,
            "There is no earlier published pack to compare with.")
        {
            AreaCode = slide.Area?.Code,
            AreaName = slide.Area?.Name,
            Month = month,
            SpeakerNotes = slide.SpeakerNotes,
        };
        if (previous is null || slide.Area is null)
        {
            return content;
        }

        var then = await context.OverviewAsync(slide.Area.Code, previous.ReportingMonth);
        var now = await context.OverviewAsync(slide.Area.Code, month);
        var published = previous.Slides.SelectMany(s => s.Figures).Where(f => f.SummedFrom is null)
            .DistinctBy(f => f.Key).ToDictionary(f => f.Key);
        var thenMonth = then.Month ?? previous.ReportingMonth;
        var nowMonth = now.Month ?? month;
        var changes = now.Tiles.Select(tile => Change(tile, then.Tiles.FirstOrDefault(t => t.Code == tile.Code),
                published.GetValueOrDefault((tile.Code, slide.Area.Code, thenMonth)))).OfType<MeasureChange>().ToList();
        var restated = previous.RevisedFigures.DistinctBy(f => f.Key).ToList();

        var columns = new[] { $"Then ({FigureFormat.Month(thenMonth)})", $"Now ({FigureFormat.Month(nowMonth)})", "What changed" };
        var rows = changes.Select(c => new PackTableRow(c.Tile.Name, [c.Then, c.Now, c.What]))
            .Concat(restated.Select(f => new PackTableRow($"{f.MetricName}, {f.AreaName}, {FigureFormat.Month(f.Month)}",
                [f.Text, f.Revised!.Text, f.Revised.RevisedAt is { } at ? $"Restated {at.ToString("d MMM yyyy", FigureFormat.Uk)}" : "Restated"])))
            .ToList();
        return content with
        {
            SummarySentence = Summary(previous, slide.Area.Name, changes, restated.Count),
            Table = rows.Count == 0 ? null : new PackTable($"Changes since the pack for {previous.MeetingDate.ToString("d MMMM yyyy", FigureFormat.Uk)}: {slide.Area.Name}", "Measure", columns, rows),
            Figures = [.. changes.Select(c => c.Figure(slide.Area, nowMonth, context))],
        };
    }

    private static string Summary(PackContent previous, string area, List<MeasureChange> changes, int restated)
    {
        var judged = changes.Count(c => c.RagChanged);
        var signalled = changes.Count(c => c.SignalChanged);
        string Measures(int n) => n == 1 ? "1 measure" : $"{n} measures";
        string Figures(int n) => n == 1 ? "1 figure" : $"{n} figures";
        var since = $"Since the meeting of {previous.MeetingDate.ToString("d MMMM yyyy", FigureFormat.Uk)} (figures to {FigureFormat.Month(previous.ReportingMonth)}), for {area}";
        if (changes.Count == 0 && restated == 0)
        {
            return $"{since}, no judgement or SPC signal has changed and no figure in that pack has been restated.";
        }

        return $"{since}: {Measures(judged)} changed RAG judgement, {Measures(signalled)} changed SPC signal, " +
            $"and {Figures(restated)} in that pack {(restated == 1 ? "has" : "have")} been restated.";
    }

    private static MeasureChange? Change(KpiTileModel now, KpiTileModel? then, PackFigure? published)
    {
        var thenRag = published?.Rag ?? then?.Rag ?? RagStatus.NoData;
        var thenVariation = published is not null ? published.Variation ?? then?.Variation : then?.Variation;
        var thenText = published?.Text ?? (then is null ? "–" : SlideParts.Text(then.Value, then.Status ?? ObservationStatus.NotAvailable, then.Unit));
        var ragChanged = thenRag != now.Rag;
        var signalChanged = thenVariation != now.Variation;
        return ragChanged || signalChanged
            ? new MeasureChange(now, thenRag, thenVariation, thenText, ragChanged, signalChanged)
            : null;
    }

    private sealed record MeasureChange(KpiTileModel Tile, RagStatus ThenRag, VariationIcon? ThenVariation, string ThenText, bool RagChanged, bool SignalChanged)
    {
        private string NowText => SlideParts.Text(Tile.Value, Tile.Status ?? ObservationStatus.NotAvailable, Tile.Unit);

        public string Then => $"{ThenText}: {Describe(ThenRag, ThenVariation)}";

        public string Now => $"{NowText}: {Describe(Tile.Rag, Tile.Variation)}";

        public string What => string.Join("; ", new[]
        {
            RagChanged ? $"{RagLook.For(ThenRag).Label} → {RagLook.For(Tile.Rag).Label}" : null,
            SignalChanged ? $"{Signal(ThenVariation)} → {Signal(Tile.Variation)}" : null,
        }.OfType<string>());

        private static string Describe(RagStatus rag, VariationIcon? variation) => $"{RagLook.For(rag).Label}, {Signal(variation)}";

        private static string Signal(VariationIcon? variation) => variation is { } v ? SpcLook.For(v).Label : "no SPC reading";

        public PackFigure Figure(Area area, DateOnly month, PackBuildContext context)
        {
            var target = RagEngine.TargetFor(context.Metric(Tile.Code)?.Targets ?? [], area.Id, month);
            return new PackFigure(Tile.Code, Tile.Name, area.Code, area.Name, month, Tile.Value, NowText, Tile.Status ?? ObservationStatus.NotAvailable, Tile.Unit)
            {
                Target = Tile.Target, Green = target?.Green, Red = target?.Red, Rag = Tile.Rag, Variation = Tile.Variation, Assurance = Tile.Assurance,
                Computed = Tile.Computed, Flags = [.. Tile.Flags.Select(f => f.Label)],
            };
        }
    }
}
