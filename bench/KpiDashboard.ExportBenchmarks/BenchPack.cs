using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;

namespace KpiDashboard.ExportBenchmarks;

/// <summary>A draft pack of the size the issue names: measure charts in turn (trend, SPC, quadrant comparison) over the seed's measures, a theme table and a text slide.</summary>
internal static class BenchPack
{
    private static readonly Actor Bench = new("benchmark", null);
    private static readonly PackChartView[] Views = [PackChartView.Trend, PackChartView.Spc, PackChartView.Comparison];

    public static async Task<int> MakeAsync(PackService packs, int slides)
    {
        var made = await packs.CreateAsync("Benchmark pack, 21 September 2020", new DateOnly(2020, 9, 21), new DateOnly(2020, 8, 1), Bench);
        var id = made.Id ?? throw new InvalidOperationException(made.Problem);
        var choices = await packs.ChoicesAsync();
        var inputs = new List<SlideInput>
        {
            new(PackSlideKind.Text) { Title = "Benchmark", Body = "A pack of the size a committee meeting takes.", SpeakerNotes = "Notes." },
            new(PackSlideKind.ThemeSummary) { Theme = choices.Themes[0], AreaCode = "SCC" },
        };
        var added = 0;
        foreach (var input in inputs)
        {
            added += Add(await packs.AddSlideAsync(id, input, Bench));
        }

        for (var i = 0; added < slides && i < choices.Metrics.Count * Views.Length; i++)
        {
            var metric = choices.Metrics[i % choices.Metrics.Count];
            var view = Views[i / choices.Metrics.Count % Views.Length];
            added += Add(await packs.AddSlideAsync(id, new SlideInput(PackSlideKind.MeasureChart) { MetricCode = metric.Code, AreaCode = "SCC", View = view, SpeakerNotes = $"About {metric.Name}." }, Bench));
        }

        return added == slides ? id : throw new InvalidOperationException($"Only {added} of {slides} slides could be added.");
    }

    private static int Add(PackChange change) => change.Made ? 1 : 0;
}
