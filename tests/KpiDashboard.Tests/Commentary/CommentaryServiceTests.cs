using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Overview;

namespace KpiDashboard.Tests.Commentary;

public sealed class CommentaryServiceTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);
    private static readonly Actor Jo = new("jo.analyst@council.example", "192.0.2.20");
    private static readonly Actor Sam = new("sam.director@council.example", "192.0.2.21");

    private CommentaryService Service => App.Get<CommentaryService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Commentary_is_saved_with_its_author_and_shown_on_the_tile_of_its_month()
    {
        var result = await Service.SaveAsync("audits-inadequate-pct", "NE", June2020, "  Seven of 24 audits inadequate; the new assistant director starts this month.  ", Jo, Ct);

        var view = await Service.FindAsync("audits-inadequate-pct", "NE", June2020, Ct);
        var overview = await App.Get<OverviewQuery>().LoadAsync("NE", June2020, Audience.Internal, Ct);
        var may = await App.Get<OverviewQuery>().LoadAsync("NE", June2020.AddMonths(-1), Audience.Internal, Ct);

        Assert.True(result.Saved);
        Assert.Equal(("Seven of 24 audits inadequate; the new assistant director starts this month.", Jo.Name), (view!.Current.Text, view.Current.Author));
        Assert.Equal(Jo.Name, overview.Tiles.Single(t => t.Code == "audits-inadequate-pct").Commentary?.Author);
        Assert.Null(may.Tiles.Single(t => t.Code == "audits-inadequate-pct").Commentary);
        Assert.Null(overview.Tiles.Single(t => t.Code == "referrals").Commentary);
    }

    [Fact]
    public async Task An_edit_replaces_the_text_and_keeps_the_earlier_version_with_its_author()
    {
        await Service.SaveAsync("referrals", "SCC", June2020, "First draft.", Jo, Ct);
        await Service.SaveAsync("referrals", "SCC", June2020, "Second draft.", Sam, Ct);
        await Service.SaveAsync("referrals", "SCC", June2020, "Final wording.", Jo, Ct);

        var view = await Service.FindAsync("referrals", "SCC", June2020, Ct);

        Assert.Equal(("Final wording.", Jo.Name), (view!.Current.Text, view.Current.Author));
        Assert.Equal([("Second draft.", Sam.Name), ("First draft.", Jo.Name)], view.Earlier.Select(e => (e.Text, e.Author)));
    }

    [Fact]
    public async Task Saving_the_same_text_again_adds_no_history()
    {
        await Service.SaveAsync("referrals", "SCC", June2020, "Unchanged.", Jo, Ct);
        await Service.SaveAsync("referrals", "SCC", June2020, "Unchanged.", Jo, Ct);

        Assert.Empty((await Service.FindAsync("referrals", "SCC", June2020, Ct))!.Earlier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public async Task Empty_commentary_is_refused_with_a_sentence_saying_what_is_missing(string text)
    {
        var result = await Service.SaveAsync("referrals", "SCC", June2020, text, Jo, Ct);

        Assert.Equal("Write the commentary before saving it.", result.Problem);
        Assert.Null(await Service.FindAsync("referrals", "SCC", June2020, Ct));
    }

    [Fact]
    public async Task Commentary_longer_than_the_limit_is_refused_saying_how_long_it_was()
    {
        var result = await Service.SaveAsync("referrals", "SCC", June2020, new string('a', 4001), Jo, Ct);

        Assert.Equal("The commentary is 4,001 characters long; it can be at most 4,000.", result.Problem);
    }
}
