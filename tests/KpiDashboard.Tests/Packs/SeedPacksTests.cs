using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Seed;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Packs;

/// <summary>The two illustrative packs the seed makes: published for the June 2020 meeting, and the draft rolled forward for 21 September 2020.</summary>
public sealed class SeedPacksTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly string[] Quadrants = ["NE", "SW", "NW", "SE"];

    private PackService Packs => App.Get<PackService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_published_pack_shows_the_figures_the_minutes_quote()
    {
        var june = (await Packs.ListAsync(includeDrafts: false, Ct)).Single();
        var content = (await Packs.GetContentAsync(june.Id, Ct))!;

        Assert.Equal((SeedPacks.PublishedTitle, PackStatus.Published, new DateOnly(2020, 6, 1)), (content.Title, content.Status, content.ReportingMonth));
        var audits = content.Slides.Single(s => s is { MetricCode: "audits-inadequate-pct", View: PackChartView.Trend });
        var ne = audits.Figures.Single(f => f.Month == new DateOnly(2020, 6, 1));
        Assert.Equal(("29.2%", RagStatus.Red, 10m), (ne.Text, ne.Rag, ne.Target));
        var workforce = content.Slides.Single(s => s.View == PackChartView.Workforce);
        Assert.Equal([22m, 9m, 30m, 15m], Quadrants.Select(a => workforce.Figures.Single(f => f.MetricCode == "practitioners-appointed" && f.AreaCode == a).Value!.Value));
        Assert.Equal([7m, 12m, 10m, 18m], Quadrants.Select(a => workforce.Figures.Single(f => f.MetricCode == "vacancies-fte" && f.AreaCode == a).Value!.Value));
        Assert.StartsWith("In the 6 months to Jun 2020, the quadrants appointed 76 practitioners; vacancies of 47 FTE remained", workforce.SummarySentence);
        Assert.Equal(["missing-episodes", "return-interviews-within-72h", "open-assessments"],
            content.Slides.Where(s => s.Kind == PackSlideKind.MeasureChart).Select(s => s.MetricCode!).Distinct().Skip(2));
        Assert.Empty(content.RevisedFigures);
    }

    [Fact]
    public async Task The_draft_is_rolled_forward_for_the_september_meeting_with_a_since_the_last_meeting_slide()
    {
        var all = await Packs.ListAsync(includeDrafts: true, Ct);
        var draft = all.Single(p => p.Status == PackStatus.Draft);
        var outline = (await Packs.GetOutlineAsync(draft.Id, Ct))!;
        var content = (await Packs.GetContentAsync(draft.Id, Ct))!;

        Assert.Equal((SeedPacks.DraftTitle, new DateOnly(2020, 9, 21), new DateOnly(2020, 7, 1)), (draft.Title, draft.MeetingDate, draft.ReportingMonth));
        Assert.Equal(all.Single(p => p.Status == PackStatus.Published).Id, outline.RolledFromPackId);
        Assert.Equal(PackSlideKind.SinceLastMeeting, content.Slides[1].Kind);
        Assert.StartsWith("Since the meeting of 30 June 2020 (figures to Jun 2020), for Surrey", content.Slides[1].SummarySentence);
        Assert.Equal(new DateOnly(2020, 7, 1), content.Slides.Single(s => s is { MetricCode: "audits-inadequate-pct", View: PackChartView.Trend }).Month);
    }

    [Fact]
    public async Task Loading_the_seed_again_adds_no_packs()
    {
        await App.Get<SeedPacks>().LoadAsync(Ct);

        await using var db = await DbAsync();
        Assert.Equal(2, await db.Packs.CountAsync(Ct));
    }
}
