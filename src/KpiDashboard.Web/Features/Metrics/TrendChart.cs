using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>
/// One area's figures month by month, with the target in force each month as a stepped line, the RAG
/// bands of that target shaded behind (per polarity, per target period), dated events as labelled lines, and the
/// comparators' benchmarks as reference lines across the months of their periods.
/// </summary>
public static class TrendChart
{
    public const string Kind = "trend";

    public static ChartView Build(
        MetricFacts metric, AreaChoice area, IReadOnlyList<DateOnly> months, AreaSeries series, IReadOnlyList<EventMarker> events,
        IReadOnlyList<BenchmarkSeries>? benchmarks = null)
    {
        var lines = BenchmarkLine.Over(months, benchmarks ?? []);
        var targets = months.Select(m => RagEngine.TargetFor(metric.Targets, area.Id, m)).ToList();
        var values = series.Figures.Select(f => f?.Value).ToList();
        var rags = values.Select((v, i) => RagEngine.Judge(metric.Polarity, targets[i], v)).ToList();
        var title = $"{area.Name}, {ChartParts.Span(months)}";
        var summary = ChartSummary.Trend(metric.Name, area.Name, metric.Unit, months, values, targets.Count > 0 ? targets[^1]?.Target : null);
        var table = Table(metric, area, months, series, targets, rags, lines);
        var fileName = ChartParts.FileName(metric.Code, Kind, area.Code, months.Count > 0 ? Import.PeriodParser.Format(months[^1]) : "");
        if (values.All(v => v is null))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        var datasets = new List<ChartDataset>
        {
            new(area.Name, values)
            {
                BorderColor = ChartPalette.Trend,
                BackgroundColor = ChartPalette.Trend,
                BorderWidth = 3,
                PointStyle = rags.Select(ChartPalette.PointStyleFor).ToList(),
                PointBackgroundColor = rags.Select(ChartPalette.ForRag).ToList(),
                PointBorderColor = rags.Select(ChartPalette.ForRag).ToList(),
                PointRadius = 5,
                PointHoverRadius = 7,
                Order = 1,
                Details = series.Figures.Select((f, i) => ChartParts.Detail(f, rags[i])).ToList(),
            },
        };
        if (metric.Polarity != Polarity.Neutral && targets.Any(t => t?.Target is not null))
        {
            datasets.Add(new ChartDataset("Target", [.. targets.Select(t => t?.Target)])
            {
                BorderColor = ChartPalette.Target,
                BackgroundColor = ChartPalette.Background,
                BorderWidth = 2,
                BorderDash = [8, 4],
                PointRadius = 0,
                PointHoverRadius = 0,
                Stepped = "middle",
                Order = 2,
            });
        }

        datasets.AddRange(lines.Select((line, i) => line.Dataset(i)));
        var annotations = Bands(metric.Polarity, targets).Concat(Events(months, events)).ToDictionary();
        var config = new ChartConfig("line", new ChartData(ChartParts.MonthLabels(months), datasets),
            ChartParts.LineOptions(metric.Unit, new AnnotationOptions(annotations), legend: true, pointStyleLegend: false), metric.Unit);
        return new ChartView(Kind, title, summary, config, table)
        {
            FileName = fileName,
            Notes = [.. Computed(area, series), .. BenchmarkNote(lines), .. events.Where(e => InWindow(months, e)).Select(e => $"Marked on the chart: {Dated(e)}.")],
        };
    }

    private static IEnumerable<string> Computed(AreaChoice area, AreaSeries series) =>
        series.Figures.Count(f => f?.Computed == true) is var computed and > 0
            ? [$"{area.Name}'s figures for {computed} of these months are computed, as none was imported (counts summed from the quadrants; rates from summed numerators and denominators; shares from their counts)."]
            : [];

    private static IEnumerable<string> BenchmarkNote(IReadOnlyList<BenchmarkLine> lines) =>
        lines.Count == 0 ? [] : [$"Benchmarks ({string.Join(", ", lines.Select(l => l.Series.Name))}) are figures for a whole period, usually a year: each is drawn level across the months of its period, not as monthly figures."];

    /// <summary>Event labels run up the chart, so long ones are cut to fit its height.</summary>
    internal static string Shortened(string text) => text.Length <= 34 ? text : text[..32].TrimEnd() + "…";

    private static bool InWindow(IReadOnlyList<DateOnly> months, EventMarker e) => months.Contains(new DateOnly(e.Date.Year, e.Date.Month, 1));

    private static string Dated(EventMarker e) => $"{e.Date.ToString("d MMM yyyy", FigureFormat.Uk)}, {e.Text}";

    /// <summary>Green, amber and red boxes for each run of months under the same target.</summary>
    public static IEnumerable<KeyValuePair<string, ChartAnnotation>> Bands(Polarity polarity, IReadOnlyList<MetricTarget?> targets)
    {
        var start = 0;
        for (var i = 1; i <= targets.Count; i++)
        {
            if (i < targets.Count && ReferenceEquals(targets[i], targets[start]))
            {
                continue;
            }

            if (targets[start] is { } target)
            {
                foreach (var ((rag, low, high), k) in Ranges(polarity, target).Select((r, k) => (r, k)))
                {
                    yield return new($"band-{start}-{k}-{rag.ToString().ToLowerInvariant()}", new ChartAnnotation("box")
                    {
                        XMin = start - 0.5m,
                        XMax = i - 1 + 0.5m,
                        YMin = low,
                        YMax = high,
                        BackgroundColor = ChartPalette.BandFor(rag),
                        BorderWidth = 0,
                        DrawTime = "beforeDatasetsDraw",
                    });
                }
            }

            start = i;
        }
    }

    /// <summary>The value ranges each judgement covers under a target; null is open-ended.</summary>
    public static IEnumerable<(RagStatus Rag, decimal? Low, decimal? High)> Ranges(Polarity polarity, MetricTarget target)
    {
        switch (polarity)
        {
            case Polarity.HigherIsBetter:
                yield return (RagStatus.Green, target.Green, null);
                yield return (RagStatus.Amber, target.Red, target.Green);
                yield return (RagStatus.Red, null, target.Red);
                break;
            case Polarity.LowerIsBetter:
                yield return (RagStatus.Green, null, target.Green);
                yield return (RagStatus.Amber, target.Green, target.Red);
                yield return (RagStatus.Red, target.Red, null);
                break;
            case Polarity.CloseToTarget when target.Target is { } aim:
                yield return (RagStatus.Green, aim - target.Green, aim + target.Green);
                yield return (RagStatus.Amber, aim - target.Red, aim - target.Green);
                yield return (RagStatus.Amber, aim + target.Green, aim + target.Red);
                yield return (RagStatus.Red, null, aim - target.Red);
                yield return (RagStatus.Red, aim + target.Red, null);
                break;
        }
    }

    private static IEnumerable<KeyValuePair<string, ChartAnnotation>> Events(IReadOnlyList<DateOnly> months, IReadOnlyList<EventMarker> events) =>
        events.Select((e, n) => (Event: e, Index: months.ToList().IndexOf(new DateOnly(e.Date.Year, e.Date.Month, 1)), n))
            .Where(x => x.Index >= 0)
            .Select(x => new KeyValuePair<string, ChartAnnotation>($"event-{x.n}", new ChartAnnotation("line")
            {
                XMin = x.Index,
                XMax = x.Index,
                BorderColor = ChartPalette.Event,
                BorderWidth = 2,
                BorderDash = [2, 3],
                // Under the figures, so a label never hides a point; the full text is listed under the chart.
                DrawTime = "beforeDatasetsDraw",
                Label = new AnnotationLabel(Shortened(x.Event.Text)) { Rotation = -90 },
            }));

    private static ChartTable Table(
        MetricFacts metric, AreaChoice area, IReadOnlyList<DateOnly> months, AreaSeries series, List<MetricTarget?> targets, List<RagStatus> rags,
        IReadOnlyList<BenchmarkLine> lines)
    {
        var fractions = series.Figures.Any(f => f?.Numerator is not null || f?.Denominator is not null);
        string[] columns = [.. fractions ? ["Figure", "Status", "Target", "Judgement", "Numerator", "Denominator"] : new[] { "Figure", "Status", "Target", "Judgement" },
            .. lines.Select(l => l.Label)];
        var rows = months.Select((month, i) =>
        {
            var figure = series.Figures[i];
            var cells = new List<TableCell>
            {
                ChartParts.FigureCell(figure, metric.Unit),
                TableCell.Word(figure is null ? null : MetricWords.Status(figure)),
                TableCell.Of(targets[i]?.Target, v => FigureFormat.Value(v, metric.Unit)),
                TableCell.Word(RagLook.For(rags[i]).Label),
            };
            if (fractions)
            {
                cells.Add(ChartParts.PartCell(figure, figure?.Numerator));
                cells.Add(ChartParts.PartCell(figure, figure?.Denominator));
            }

            cells.AddRange(lines.Select(l => l.Cell(i, metric.Unit)));

            return new ChartTableRow(FigureFormat.Month(month), cells);
        }).ToList();
        return new ChartTable($"{metric.Name}: {area.Name}, {ChartParts.Span(months)}", "Month", columns, rows);
    }
}
