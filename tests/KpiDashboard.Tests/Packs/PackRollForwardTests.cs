using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;
using static KpiDashboard.Tests.Packs.PackFixtures;

namespace KpiDashboard.Tests.Packs;

/// <summary>Duplicating a pack a month on, moving slides, and the generated "since the last meeting" slide.</summary>
public sealed class PackRollForwardTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private PackService Packs => App.Get<PackService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rolling_forward_makes_a_draft_a_month_later_with_the_same_slides_and_live_figures_for_its_month()
    {
        var id = await DraftAsync(Packs, "Select Committee, 21 July 2020", June2020,
            Text("Welcome", "Figures to June."), Chart("referrals", "SCC", notes: "Referrals rose again."), Theme("Missing children", "NE"));
        Assert.True((await Packs.PublishAsync(id, Director, Ct)).Made);

        var rolled = await Packs.RollForwardAsync(id, Director, Ct);

        var copy = (await Packs.GetOutlineAsync(rolled.Id!.Value, Ct))!;
        var content = (await Packs.GetContentAsync(copy.Id, Ct))!;
        Assert.Equal(("Select Committee, 21 August 2020", new DateOnly(2020, 8, 21), new DateOnly(2020, 7, 1), PackStatus.Draft, id),
            (copy.Title, copy.MeetingDate, copy.ReportingMonth, copy.Status, copy.RolledFromPackId));
        Assert.Equal([PackSlideKind.Text, PackSlideKind.MeasureChart, PackSlideKind.ThemeSummary], copy.Slides.Select(s => s.Kind));
        Assert.Equal("Referrals rose again.", copy.Slides[1].Input.SpeakerNotes);
        Assert.Equal("Referrals to children's social care: Surrey, Aug 2019 to Jul 2020", content.Slides[1].Title);
        Assert.Equal("Missing children: North East, Jul 2020", content.Slides[2].Title);
        Assert.Equal(PackStatus.Published, (await Packs.GetOutlineAsync(id, Ct))!.Status);
        await using var db = await DbAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "pack" && e.Detail == $"rolled forward from pack {id}" && e.Actor == Director.Name, Ct));
    }

    [Fact]
    public async Task Moving_a_slide_shifts_the_others_and_a_position_outside_the_pack_is_refused()
    {
        var id = await DraftAsync(Packs, "Order", June2020, Text("A", "a"), Text("B", "b"), Text("C", "c"));
        var slides = (await Packs.GetOutlineAsync(id, Ct))!.Slides;

        var moved = await Packs.MoveSlideAsync(id, slides[2].Id, 0, Director, Ct);
        var refused = await Packs.MoveSlideAsync(id, slides[0].Id, 3, Director, Ct);
        await Packs.RemoveSlideAsync(id, slides[1].Id, Director, Ct);

        Assert.True(moved.Made);
        Assert.Equal("Position 4 is outside the pack, which has 3 slides.", refused.Problem);
        Assert.Equal(["C", "A"], (await Packs.GetContentAsync(id, Ct))!.Slides.Select(s => s.Title));
        Assert.Equal([0, 1], (await Packs.GetOutlineAsync(id, Ct))!.Slides.Select(s => s.Position));
    }

    [Fact]
    public async Task Since_the_last_meeting_lists_each_measure_whose_judgement_or_signal_changed_and_each_figure_of_that_pack_restated()
    {
        var restated = await App.Get<ImportService>().ImportAsync(Csv("2020-06,NE,audits-inadequate-pct,31,,"), "restated.csv", TestUsers.Analyst, dryRun: false, Ct);
        Assert.Equal(ImportOutcome.Committed, restated.Outcome);
        var draft = (await Packs.ListAsync(includeDrafts: true, Ct)).Single(p => p.Status == PackStatus.Draft);

        var slide = (await Packs.GetContentAsync(draft.Id, Ct))!.Slides.Single(s => s.Kind == PackSlideKind.SinceLastMeeting);

        var overview = App.Get<OverviewQuery>();
        var june = (await overview.LoadAsync("SCC", June2020, Audience.Internal, Ct)).Tiles.ToDictionary(t => t.Code);
        var changed = (await overview.LoadAsync("SCC", June2020.AddMonths(1), Audience.Internal, Ct)).Tiles
            .Where(t => t.Rag != june[t.Code].Rag || t.Variation != june[t.Code].Variation).Select(t => t.Name).ToList();
        Assert.NotEmpty(changed);
        Assert.Equal([.. changed, "Case audits graded inadequate (%), North East, Jun 2020"], slide.Table!.Rows.Select(r => r.Heading));
        Assert.Equal(["29.2%", "31%"], slide.Table.Rows[^1].Cells.Take(2));
        Assert.StartsWith("Restated ", slide.Table.Rows[^1].Cells[2]);
        Assert.EndsWith($"and 1 figure in that pack has been restated.", slide.SummarySentence);
        Assert.Equal(changed.Count, slide.Figures.Count);
    }

    [Fact]
    public async Task Without_an_earlier_published_pack_the_slide_says_so()
    {
        var id = await DraftAsync(Packs, "First of all", new DateOnly(2019, 6, 1), SinceLastMeeting());

        var slide = (await Packs.GetContentAsync(id, Ct))!.Slides.Single();

        Assert.Equal(("Since the last meeting", "There is no earlier published pack to compare with."), (slide.Title, slide.SummarySentence));
    }

    [Theory]
    [InlineData("", "2020-09-21", "2020-07", "Give the pack a title, e.g. the committee and the meeting date.")]
    [InlineData("Pack", null, "2020-07", "Give the meeting date.")]
    [InlineData("Pack", "2020-06-21", "2020-07", "The reporting month is after the meeting date; a pack reports on months before its meeting.")]
    public async Task A_pack_without_its_details_is_refused_with_a_sentence_and_nothing_is_written(string title, string? meeting, string month, string problem)
    {
        var made = await Packs.CreateAsync(title, meeting is null ? null : DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture),
            PackWords.ReadMonth(month), Director, Ct);

        Assert.Equal(problem, made.Problem);
        await using var db = await DbAsync();
        Assert.Equal(2, await db.Packs.CountAsync(Ct));
    }

    [Theory]
    [InlineData(PackSlideKind.MeasureChart, "no-such-measure", "SCC", null, "There is no measure with the code 'no-such-measure'.")]
    [InlineData(PackSlideKind.MeasureChart, "referrals", "XX", null, "There is no area with the code 'XX'.")]
    [InlineData(PackSlideKind.ThemeSummary, null, "SCC", "Parking", "There is no theme called 'Parking'.")]
    [InlineData(PackSlideKind.Text, null, null, null, "A text slide needs a title.")]
    public async Task A_slide_that_names_nothing_known_is_refused_with_a_sentence(PackSlideKind kind, string? metric, string? area, string? theme, string problem)
    {
        var id = await DraftAsync(Packs, "Checks", June2020);

        var added = await Packs.AddSlideAsync(id, new SlideInput(kind) { MetricCode = metric, AreaCode = area, Theme = theme }, Director, Ct);

        Assert.Equal(problem, added.Problem);
        Assert.Empty((await Packs.GetOutlineAsync(id, Ct))!.Slides);
    }

    [Fact]
    public async Task A_workforce_chart_for_a_measure_without_one_is_refused()
    {
        var id = await DraftAsync(Packs, "Checks", June2020);

        var added = await Packs.AddSlideAsync(id, Chart("referrals", "SCC", PackChartView.Workforce), Director, Ct);

        Assert.Equal("Referrals to children's social care has no workforce chart; choose another view.", added.Problem);
    }
}
