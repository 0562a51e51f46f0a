using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Seed;

/// <summary>
/// Two illustrative meeting packs made from the seed figures through the app's own <see cref="PackService"/>: the pack
/// published for the meeting the minutes record (figures to June 2020), and the draft rolled forward from it for the
/// 21 September 2020 meeting. Added once: nothing happens when the seed's packs are already there.
/// </summary>
public sealed class SeedPacks(IDbContextFactory<KpiDbContext> contextFactory, PackService packs)
{
    public const string PublishedTitle = "Children, Families and Lifelong Learning Select Committee, 30 June 2020";
    public const string DraftTitle = "Children, Families and Lifelong Learning Select Committee, 21 September 2020";

    private static readonly Actor Seed = new(SeedLoader.ImportedBy, null);
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Packs.AnyAsync(p => p.CreatedBy == SeedLoader.ImportedBy, cancellationToken))
            {
                return;
            }
        }

        var june = Made(await packs.CreateAsync(PublishedTitle, new DateOnly(2020, 6, 30), June2020, Seed, cancellationToken));
        foreach (var slide in JuneSlides)
        {
            Made(await packs.AddSlideAsync(june, slide, Seed, cancellationToken));
        }

        Made(await packs.PublishAsync(june, Seed, new DateTimeOffset(2020, 6, 22, 9, 0, 0, TimeSpan.Zero), cancellationToken));
        var draft = Made(await packs.RollForwardAsync(june, Seed, cancellationToken));
        Made(await packs.UpdateDetailsAsync(draft, DraftTitle, new DateOnly(2020, 9, 21), June2020.AddMonths(1), Seed, cancellationToken));
        Made(await packs.AddSlideAsync(draft, new SlideInput(PackSlideKind.SinceLastMeeting) { AreaCode = "SCC" }, Seed, cancellationToken));
        var outline = await packs.GetOutlineAsync(draft, cancellationToken);
        Made(await packs.MoveSlideAsync(draft, outline!.Slides[^1].Id, 1, Seed, cancellationToken));
    }

    private static IReadOnlyList<SlideInput> JuneSlides =>
    [
        new(PackSlideKind.Text)
        {
            Title = "Children's services improvement programme",
            Body = "An update on the improvement of Surrey's children's services and the impact of the COVID-19 pandemic on the improvement programme, " +
                "following the last report to the Select Committee on 21 January 2020.\n\nIllustrative figures: none of them should be quoted as a fact about Surrey's children's services.",
            SpeakerNotes = "Cabinet Member for Children, Young People and Families; Director, Family Resilience and Safeguarding.",
        },
        new(PackSlideKind.ThemeSummary) { Theme = "Quality of practice", AreaCode = "SCC" },
        Chart("audits-inadequate-pct", "NE", PackChartView.Trend,
            "Members asked why 29% of the North East's audit grades were inadequate. A new assistant director, from an outstanding authority, started in June."),
        Chart("audits-inadequate-pct", "NE", PackChartView.AuditGrades, "The North East against the other three quadrants."),
        Chart("practitioners-appointed", "SCC", PackChartView.Workforce,
            "Recruitment is the biggest challenge: 22, 9, 30 and 15 appointed in the North East, South West, North West and South East over six months; 7, 12, 10 and 18 vacancies remain."),
        Chart("missing-episodes", "SCC", PackChartView.Trend, "Fewer missing episodes during the pandemic."),
        Chart("return-interviews-within-72h", "SCC", PackChartView.Spc, "Timeliness of return home interviews has greatly improved over the last 12 months."),
        Chart("open-assessments", "SCC", PackChartView.Trend, "About double the open assessments of the same months of 2019."),
    ];

    private static SlideInput Chart(string metric, string area, PackChartView view, string notes) =>
        new(PackSlideKind.MeasureChart) { MetricCode = metric, AreaCode = area, View = view, SpeakerNotes = notes };

    private static int Made(PackChange change) =>
        change.Id ?? throw new StartupProblemException($"The seed's meeting packs could not be made: {change.Problem}");
}
