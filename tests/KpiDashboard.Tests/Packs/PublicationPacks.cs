using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Publication;
using static KpiDashboard.Tests.Packs.PackFixtures;

namespace KpiDashboard.Tests.Packs;

/// <summary>
/// The same June 2020 pack twice on the seeded figures, once marked for publication: the North East's inadequate audits
/// (a count, some months of it suppressed publicly) as a trend and as an SPC chart, the quadrants' audit grades, and the
/// Quality of practice tiles. The suppressed figures are read from the planner's own plan, never written down here.
/// </summary>
internal static class PublicationPacks
{
    public const string Count = "audits-inadequate";
    public const string Share = "audits-inadequate-pct";
    public const string Quadrant = "NE";
    public const string Theme = "Quality of practice";

    /// <summary>The months a measure slide shows for the June 2020 pack.</summary>
    public static IReadOnlyList<DateOnly> Window { get; } =
        [.. Enumerable.Range(0, MeasureSlideBuilder.SlideMonths).Select(i => June2020.AddMonths(i - MeasureSlideBuilder.SlideMonths + 1))];

    /// <summary>What a table cell says for a suppressed figure: the c of the DfE convention.</summary>
    public static string Withheld(MetricUnit unit) => FigureFormat.Value(null, ObservationStatus.Suppressed, unit);

    public static SlideInput[] Slides =>
    [
        Chart(Count, Quadrant), Chart(Count, Quadrant, PackChartView.Spc), Chart(Share, Quadrant, PackChartView.AuditGrades), PackFixtures.Theme(Theme, Quadrant),
    ];

    /// <returns>The published pack's id.</returns>
    public static async Task<int> PublishAsync(PackService packs, string title, bool forPublication, CancellationToken cancellationToken)
    {
        var id = await DraftAsync(packs, title, June2020, Slides);
        if (forPublication)
        {
            var marked = await packs.SetForPublicationAsync(id, true, Director, cancellationToken);
            Assert.True(marked.Made, marked.Problem);
        }

        var published = await packs.PublishAsync(id, Director, cancellationToken);
        Assert.True(published.Made, published.Problem);
        return id;
    }

    /// <summary>The figures the public plan shows as c, by measure, area and month, with their internal value.</summary>
    public static IReadOnlyDictionary<CellKey, decimal?> Suppressed(FigureRedactor plan) =>
        plan.Plan.Suppressed.Keys.ToDictionary(k => k, k => plan.Plan.Grid.Find(k)?.Value);
}
