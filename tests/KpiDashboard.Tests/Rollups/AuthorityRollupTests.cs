using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Rollups;

/// <summary>The authority's figure computed from the quadrants in PostgreSQL (the figures view), on the seed data.</summary>
public sealed class AuthorityRollupTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    private async Task ExecuteAsync(string sql)
    {
        await using var db = await DbAsync();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    private Task RemoveAuthorityRowsAsync() =>
        ExecuteAsync("delete from observations where area_id = (select id from areas where code = 'SCC')");

    private async Task<EffectiveFigure> FigureAsync(string metric, string area, DateOnly period)
    {
        await using var db = await DbAsync();
        return await db.Figures.SingleAsync(
            f => f.MetricId == db.Metrics.Single(m => m.Code == metric).Id && f.AreaId == db.Areas.Single(a => a.Code == area).Id && f.Period == period,
            TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Inadequate_share_rolls_up_as_the_ratio_of_summed_counts_not_the_mean_of_quadrant_percentages()
    {
        await RemoveAuthorityRowsAsync();
        string[] quadrants = ["NE", "NW", "SE", "SW"];
        var quadrantShares = new List<decimal>();
        foreach (var quadrant in quadrants)
        {
            quadrantShares.Add((await FigureAsync("audits-inadequate-pct", quadrant, June2020)).Value!.Value);
        }

        var authority = await FigureAsync("audits-inadequate-pct", "SCC", June2020);

        Assert.Equal([29.2m, 18.2m, 13m, 19m], quadrantShares);
        Assert.Equal(19.85m, quadrantShares.Average());
        Assert.Equal((20m, 18m, 90m, ObservationStatus.Actual, true),
            (authority.Value, authority.Numerator, authority.Denominator, authority.Status, authority.Computed));
    }

    [Fact]
    public async Task Counts_roll_up_as_the_sum_of_the_quadrants_and_match_the_imported_authority_figure()
    {
        var imported = await FigureAsync("referrals", "SCC", June2020);
        await RemoveAuthorityRowsAsync();

        var computed = await FigureAsync("referrals", "SCC", June2020);

        Assert.False(imported.Computed);
        Assert.Equal((imported.Value, ObservationStatus.Actual, true), (computed.Value, computed.Status, computed.Computed));
    }

    [Fact]
    public async Task Audit_grade_shares_derive_from_the_grade_counts_when_the_quadrants_give_no_numerators()
    {
        await RemoveAuthorityRowsAsync();
        await ExecuteAsync("""
            update observations set numerator = null, denominator = null
            where metric_id in (select id from metrics where code in ('audits-inadequate-pct', 'audits-good-or-better-pct'))
            """);

        var inadequate = await FigureAsync("audits-inadequate-pct", "SCC", June2020);
        var goodOrBetter = await FigureAsync("audits-good-or-better-pct", "SCC", June2020);

        Assert.Equal((20m, 18m, 90m), (inadequate.Value, inadequate.Numerator, inadequate.Denominator));
        Assert.Equal((37.8m, 34m, 90m), (goodOrBetter.Value, goodOrBetter.Numerator, goodOrBetter.Denominator));
    }

    [Fact]
    public async Task A_metric_that_does_not_add_up_is_not_computable_rather_than_a_wrong_number()
    {
        await RemoveAuthorityRowsAsync();
        await ExecuteAsync("update metrics set rollup = 'None' where code = 'open-cases'");

        var figure = await FigureAsync("open-cases", "SCC", June2020);

        Assert.Equal((null, ObservationStatus.NotComputable, true), (figure.Value, figure.Status, figure.Computed));
    }

    [Fact]
    public async Task A_sum_with_a_withheld_quadrant_is_not_computable()
    {
        await RemoveAuthorityRowsAsync();

        var figure = await FigureAsync("uasc", "SCC", new DateOnly(2018, 4, 1));

        Assert.Equal((null, ObservationStatus.NotComputable), (figure.Value, figure.Status));
    }

    [Fact]
    public async Task An_imported_authority_figure_is_used_as_it_is_and_not_computed_again()
    {
        await using var db = await DbAsync();
        var rows = await db.Figures.CountAsync(f => f.AreaId == db.Areas.Single(a => a.Code == "SCC").Id, TestContext.Current.CancellationToken);

        var authority = await FigureAsync("audits-inadequate-pct", "SCC", June2020);

        Assert.Equal(36 * 25, rows);
        Assert.False(authority.Computed);
    }

    [Fact]
    public async Task The_overview_shows_the_computed_authority_figure_judged_against_its_target()
    {
        await RemoveAuthorityRowsAsync();

        var overview = await App.Get<OverviewQuery>().LoadAsync("SCC", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        var tile = overview.Tiles.Single(t => t.Code == "audits-inadequate-pct");
        Assert.Equal((20m, RagStatus.Amber, true), (tile.Value, tile.Rag, tile.Computed));
    }

    [Theory]
    [InlineData("a hole in the middle")]
    [InlineData("its first months")]
    [InlineData("its last months")]
    public async Task Only_the_months_the_authority_lacks_are_computed_from_its_quadrants(string lacking)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await DbAsync();
        var referrals = await db.Metrics.Where(m => m.Code == "referrals").Select(m => m.Id).SingleAsync(ct);
        var authority = await db.Areas.Where(a => a.Code == "SCC").Select(a => a.Id).SingleAsync(ct);
        var months = await db.Observations.Where(o => o.MetricId == referrals && o.AreaId == authority)
            .OrderBy(o => o.Period).Select(o => o.Period).ToListAsync(ct);
        List<DateOnly> removed = lacking switch
        {
            "a hole in the middle" => [.. months.Skip(10).Take(3)],
            "its first months" => [.. months.Take(2)],
            _ => [.. months.TakeLast(2)],
        };
        await db.Observations.Where(o => o.MetricId == referrals && o.AreaId == authority && removed.Contains(o.Period)).ExecuteDeleteAsync(ct);
        var quadrantSums = await db.Observations
            .Where(o => o.MetricId == referrals && db.Areas.Any(a => a.Id == o.AreaId && a.ParentId == authority) && removed.Contains(o.Period))
            .GroupBy(o => o.Period).Select(g => new { Period = g.Key, Sum = g.Sum(o => o.Value) }).ToDictionaryAsync(g => g.Period, g => g.Sum, ct);

        var figures = await db.Figures.Where(f => f.MetricId == referrals && f.AreaId == authority).OrderBy(f => f.Period).ToListAsync(ct);

        Assert.Equal(months, figures.Select(f => f.Period));
        Assert.Equal(removed, figures.Where(f => f.Computed).Select(f => f.Period));
        Assert.All(figures.Where(f => f.Computed), f => Assert.Equal(quadrantSums[f.Period], f.Value));
    }
}
