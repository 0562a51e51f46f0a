using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Seed;

/// <summary>The seed must agree with every figure the June 2020 select committee minutes give.</summary>
public sealed class SeedFiguresTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    [Fact]
    public async Task North_east_shows_29_percent_inadequate_audits_and_7_vacancies_in_June_2020()
    {
        var overview = await App.Get<OverviewQuery>().LoadAsync("NE", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        Assert.Equal(29, Math.Round(Tile(overview, "audits-inadequate-pct").Value!.Value));
        Assert.Equal(7m, Tile(overview, "vacancies-fte").Value);
    }

    [Fact]
    public async Task Authority_shows_20_percent_inadequate_audits_and_91_percent_dip_sample_agreement()
    {
        var overview = await App.Get<OverviewQuery>().LoadAsync("SCC", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        Assert.Equal(20m, Math.Round(Tile(overview, "audits-inadequate-pct").Value!.Value));
        Assert.Equal(91m, Tile(overview, "management-oversight-agreement").Value);
        Assert.Equal(40m, Tile(overview, "newly-qualified-due").Value);
    }

    [Theory]
    [InlineData("NE", 22, 7)]
    [InlineData("SW", 9, 12)]
    [InlineData("NW", 30, 10)]
    [InlineData("SE", 15, 18)]
    public async Task Appointments_over_January_to_June_2020_and_vacancies_left_match_the_minutes(string area, int appointed, int vacancies)
    {
        await using var db = await DbAsync();
        var figures = db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == area) && o.Period >= new DateOnly(2020, 1, 1) && o.Period <= June2020);

        var appointments = await figures.Where(o => db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "practitioners-appointed")).SumAsync(o => o.Value, TestContext.Current.CancellationToken);
        var vacanciesInJune = await figures.Where(o => db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "vacancies-fte") && o.Period == June2020).Select(o => o.Value).SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(appointed, appointments);
        Assert.Equal(vacancies, vacanciesInJune);
    }

    [Fact]
    public async Task About_6000_files_were_open_in_March_2020_and_open_assessments_doubled_on_2019()
    {
        await using var db = await DbAsync();
        var authority = db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == "SCC"));

        var openFiles = await authority.Where(o => db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "open-cases") && o.Period == new DateOnly(2020, 3, 1)).Select(o => o.Value!.Value).SingleAsync(TestContext.Current.CancellationToken);
        var assessments = await authority.Where(o => db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "open-assessments")).ToDictionaryAsync(o => o.Period, o => o.Value!.Value, TestContext.Current.CancellationToken);

        Assert.InRange(openFiles, 5940, 6060);
        foreach (var month in new[] { 4, 5, 6 })
        {
            Assert.InRange(assessments[new DateOnly(2020, month, 1)] / assessments[new DateOnly(2019, month, 1)], 1.9m, 2.1m);
        }
    }

    [Fact]
    public async Task Missing_episodes_fell_during_the_first_lockdown()
    {
        await using var db = await DbAsync();
        var episodes = await db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == "SCC") && db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "missing-episodes"))
            .ToDictionaryAsync(o => o.Period, o => o.Value!.Value, TestContext.Current.CancellationToken);

        foreach (var month in new[] { 4, 5, 6 })
        {
            Assert.True(episodes[new DateOnly(2020, month, 1)] < episodes[new DateOnly(2019, month, 1)], $"month {month}");
        }
    }

    [Fact]
    public async Task The_North_East_inadequate_share_is_judged_red_against_the_10_percent_target()
    {
        var overview = await App.Get<OverviewQuery>().LoadAsync("NE", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        var tile = Tile(overview, "audits-inadequate-pct");
        Assert.Equal(RagStatus.Red, tile.Rag);
        Assert.Equal(10m, tile.Target);
    }

    private static KpiTileModel Tile(OverviewModel overview, string code) => overview.Tiles.Single(t => t.Code == code);
}
