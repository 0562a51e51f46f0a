using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.SpcSettings;
using Microsoft.EntityFrameworkCore;
using static KpiDashboard.Tests.Packs.PackFixtures;

namespace KpiDashboard.Tests.Packs;

/// <summary>
/// A published pack shows what it showed when it was published, whatever is restated, re-targeted or recalculated
/// after: only a notice of the revised figures is added. A draft follows the live figures.
/// </summary>
public sealed class PackFreezingTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private PackService Packs => App.Get<PackService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restatement_a_new_target_and_an_spc_recalculation_after_publishing_change_nothing_the_pack_shows_but_add_the_revision_notice()
    {
        var id = await DraftAsync(Packs, "Select Committee, June 2020", June2020,
            Chart("audits-inadequate-pct", "NE"), Chart("audits-inadequate-pct", "NE", PackChartView.Spc), Theme("Quality of practice", "NE"));
        Assert.True((await Packs.PublishAsync(id, Director, Ct)).Made);
        var published = (await Packs.GetContentAsync(id, Ct))!;

        await RestateAsync("2020-06,NE,audits-inadequate-pct,31,,");
        await RetargetAsync("audits-inadequate-pct", green: 35, red: 45);
        Assert.Null(await App.Get<SpcSettingsService>().AddRecalculationAsync("audits-inadequate-pct", "NE", new DateOnly(2020, 1, 1), "New audit tool", Director, Ct));
        var later = (await Packs.GetContentAsync(id, Ct))!;

        Assert.Equal(PackStatus.Published, later.Status);
        Assert.Equal(published.Slides.Select(Shown), later.Slides.Select(Shown));
        var trend = later.Slides[0];
        var june = trend.Figures.Single(f => f.Month == June2020);
        Assert.Equal((29.2m, "29.2%", RagStatus.Red, 10m, 20m), (june.Value, june.Text, june.Rag, june.Green, june.Red));
        Assert.Equal(31m, june.Revised?.Value);
        Assert.StartsWith("Figures on this slide have been revised since the pack was published: Case audits graded inadequate (%), North East, Jun 2020: 29.2% → 31% (restated ",
            trend.RevisionNotice);
        Assert.Null(published.Slides[0].RevisionNotice);
        Assert.Equal(published.Slides[1].Figures.Select(f => (f.SpcClass, f.SpcMean, f.SpcUpperLimit)), later.Slides[1].Figures.Select(f => (f.SpcClass, f.SpcMean, f.SpcUpperLimit)));
        Assert.NotNull(later.Slides[2].RevisionNotice);
    }

    [Fact]
    public async Task A_draft_shows_the_live_figures_and_judgements()
    {
        var id = await DraftAsync(Packs, "Draft", June2020, Chart("audits-inadequate-pct", "NE"));
        var before = (await Packs.GetContentAsync(id, Ct))!;

        await RestateAsync("2020-06,NE,audits-inadequate-pct,31,,");
        await RetargetAsync("audits-inadequate-pct", green: 35, red: 45);
        var after = (await Packs.GetContentAsync(id, Ct))!;

        Assert.Equal((29.2m, RagStatus.Red), (before.Slides[0].Figures[^1].Value, before.Slides[0].Figures[^1].Rag));
        Assert.Equal((31m, RagStatus.Green), (after.Slides[0].Figures[^1].Value, after.Slides[0].Figures[^1].Rag));
        Assert.Null(after.Slides[0].RevisionNotice);
        Assert.EndsWith("to 31% between Jul 2019 and Jun 2020; target 35%.", after.Slides[0].SummarySentence);
    }

    [Fact]
    public async Task The_stored_content_is_written_once_at_publishing_and_a_published_pack_refuses_changes()
    {
        var id = await DraftAsync(Packs, "Frozen", June2020, Chart("referrals", "SCC"));
        Assert.True((await Packs.PublishAsync(id, Director, Ct)).Made);
        string stored;
        await using (var db = await DbAsync())
        {
            stored = (await db.Packs.SingleAsync(p => p.Id == id, Ct)).FrozenContent!;
        }

        var again = await Packs.PublishAsync(id, Director, Ct);
        var added = await Packs.AddSlideAsync(id, Text("Late", "A late slide."), Director, Ct);
        await RestateAsync("2020-06,SCC,referrals,999,,");

        Assert.StartsWith("The pack 'Frozen' was already published on ", again.Problem);
        Assert.Equal("The pack 'Frozen' is published, so it cannot change; duplicate it and roll it forward to make a new draft.", added.Problem);
        await using var after = await DbAsync();
        var pack = await after.Packs.Include(p => p.Slides).SingleAsync(p => p.Id == id, Ct);
        Assert.Equal((stored, 1), (pack.FrozenContent, pack.Slides.Count));
        Assert.Equal(1, await after.AuditEvents.CountAsync(e => e.Action == "pack" && e.Detail == "published with 1 slides", Ct));
    }

    [Fact]
    public async Task Publishing_stores_exactly_what_the_draft_showed_a_moment_before()
    {
        var id = await DraftAsync(Packs, "Same", June2020, Chart("audits-inadequate-pct", "NE", PackChartView.Spc), Chart("vacancies-fte", "SCC", PackChartView.Workforce),
            Chart("referrals", "SCC", PackChartView.Comparison), Chart("audits-inadequate-pct", "NE", PackChartView.AuditGrades), Theme("Workforce", "SCC"));
        var draft = (await Packs.GetContentAsync(id, Ct))!;

        Assert.True((await Packs.PublishAsync(id, Director, Ct)).Made);
        var published = (await Packs.GetContentAsync(id, Ct))!;

        Assert.Equal(draft.Slides.Select(Shown), published.Slides.Select(Shown));
        Assert.Equal(draft.Slides.Select(s => s.Chart is { } c ? ChartJson.Serialize(c) : ""), published.Slides.Select(s => s.Chart is { } c ? ChartJson.Serialize(c) : ""));
        Assert.All(published.Slides.Take(4), s => Assert.NotNull(s.Chart));
    }

    /// <summary>What a slide shows, as text: chart, sentence, table, figures and their judgements.</summary>
    private static string Shown(PackSlideContent slide) => string.Join('\n',
        slide.Title, slide.SummarySentence, slide.Chart is { } chart ? ChartJson.Serialize(chart) : "",
        string.Join('|', slide.Table?.Rows.Select(r => r.Heading + ":" + string.Join(',', r.Cells)) ?? []),
        string.Join('|', slide.Figures.Select(f => $"{f.MetricCode} {f.AreaCode} {f.Month} {f.Value} {f.Target} {f.Green} {f.Red} {f.Rag} {f.SpcClass} {f.SpcMean} {f.SpcUpperLimit} {f.Variation} {string.Join(';', f.Flags)}")));

    private async Task RestateAsync(params string[] rows)
    {
        var result = await App.Get<ImportService>().ImportAsync(Csv(rows), "restated.csv", TestUsers.Analyst, dryRun: false, Ct);
        Assert.Equal(ImportOutcome.Committed, result.Outcome);
    }

    private async Task RetargetAsync(string metric, decimal green, decimal red)
    {
        await using var db = await DbAsync();
        foreach (var target in await db.MetricTargets.Where(t => db.Metrics.Any(m => m.Id == t.MetricId && m.Code == metric)).ToListAsync(Ct))
        {
            (target.Target, target.Green, target.Red) = (green, green, red);
        }

        await db.SaveChangesAsync(Ct);
    }
}
