using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Catalogue.Places;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Places;

/// <summary>
/// A fifth quadrant added through the areas service, with figures imported for it, reaches the overview's area chooser,
/// the detail page's comparison chart and the authority's computed figure; a locality inside it reaches the chooser only.
/// </summary>
public sealed class NewAreaTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);
    private static readonly Actor Admin = new(TestUsers.For(Roles.Admin), "192.0.2.20");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ImportAsync(params string[] rows)
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("period,area,metric,value,numerator,denominator\n" + string.Join('\n', rows) + "\n"));
        var result = await App.Get<ImportService>().ImportAsync(csv, "central.csv", TestUsers.Analyst, dryRun: false, Ct);
        Assert.Equal(ImportOutcome.Committed, result.Outcome);
    }

    private async Task<EffectiveFigure> FigureAsync(string metric, string area, DateOnly period)
    {
        await using var db = await DbAsync();
        return await db.Figures.SingleAsync(
            f => f.MetricId == db.Metrics.Single(m => m.Code == metric).Id && f.AreaId == db.Areas.Single(a => a.Code == area).Id && f.Period == period, Ct);
    }

    private async Task RemoveAuthorityReferralsAsync()
    {
        await using var db = await DbAsync();
        await db.Database.ExecuteSqlRawAsync(
            "delete from observations where area_id = (select id from areas where code = 'SCC') and metric_id = (select id from metrics where code = 'referrals')", Ct);
    }

    [Fact]
    public async Task A_fifth_quadrant_with_figures_is_in_the_chooser_the_comparison_chart_and_the_authoritys_computed_figure()
    {
        await RemoveAuthorityReferralsAsync();
        var fourQuadrants = await FigureAsync("referrals", "SCC", June2020);

        Assert.Empty(await App.Get<AreaService>().AddAsync(new AreaEntry("CEN", "Central", AreaKind.Quadrant, "SCC", 6), Admin, Ct));
        await ImportAsync("2020-06,CEN,referrals,17,,");

        var overview = await App.Get<OverviewQuery>().LoadAsync("CEN", June2020, Audience.Internal, Ct);
        Assert.Contains(new OverviewArea("CEN", "Central"), overview.Areas);
        Assert.Equal(17m, overview.Tiles.Single(t => t.Code == "referrals").Value);

        var detail = (await App.Get<MetricDetailQuery>().LoadAsync("referrals", "SCC", June2020, 12, Audience.Internal, Ct))!;
        Assert.Equal(17m, detail.ComparisonSeries.Single(s => s.Area.Code == "CEN").Figures[^1]!.Value);
        var chart = ComparisonChart.Build(detail.Metric, detail.Window, detail.ComparisonSeries);
        Assert.Contains("Central", chart.Config!.Data.Datasets.Select(d => d.Label));

        var fiveQuadrants = await FigureAsync("referrals", "SCC", June2020);
        Assert.True(fourQuadrants.Computed);
        Assert.Equal((fourQuadrants.Value + 17m, true, ObservationStatus.Actual), (fiveQuadrants.Value, fiveQuadrants.Computed, fiveQuadrants.Status));
    }

    [Fact]
    public async Task A_quadrant_added_later_leaves_the_authoritys_computed_months_before_its_first_figure_as_they_were()
    {
        await RemoveAuthorityReferralsAsync();
        var may = await FigureAsync("referrals", "SCC", June2020.AddMonths(-1));

        Assert.Empty(await App.Get<AreaService>().AddAsync(new AreaEntry("CEN", "Central", AreaKind.Quadrant, "SCC", 6), Admin, Ct));
        await ImportAsync("2020-06,CEN,referrals,17,,");

        var mayAfter = await FigureAsync("referrals", "SCC", June2020.AddMonths(-1));
        Assert.Equal((may.Value, ObservationStatus.Actual), (mayAfter.Value, mayAfter.Status));

        // From its first figure on, the new quadrant is expected: a month it misses is not computable, not a smaller sum.
        await ImportAsync("2020-08,NE,referrals,100,,", "2020-08,NW,referrals,100,,", "2020-08,SE,referrals,100,,", "2020-08,SW,referrals,100,,");
        var august = await FigureAsync("referrals", "SCC", new DateOnly(2020, 8, 1));
        Assert.Equal((null, ObservationStatus.NotComputable), (august.Value, august.Status));
    }

    [Fact]
    public async Task A_locality_is_in_the_chooser_with_its_own_figures_but_not_in_the_comparison_chart_nor_added_to_the_authority()
    {
        await RemoveAuthorityReferralsAsync();
        var before = await FigureAsync("referrals", "SCC", June2020);

        Assert.Empty(await App.Get<AreaService>().AddAsync(new AreaEntry("GU", "Guildford", AreaKind.Locality, "SW", 41), Admin, Ct));
        await ImportAsync("2020-06,GU,referrals,5,,");

        var overview = await App.Get<OverviewQuery>().LoadAsync("GU", June2020, Audience.Internal, Ct);
        Assert.Contains(new OverviewArea("GU", "Guildford"), overview.Areas);
        Assert.Equal(5m, overview.Tiles.Single(t => t.Code == "referrals").Value);
        var detail = (await App.Get<MetricDetailQuery>().LoadAsync("referrals", "GU", June2020, 12, Audience.Internal, Ct))!;
        Assert.Equal("GU", detail.Area.Code);
        Assert.Equal(5m, detail.SeriesFor(detail.Area).Figures[^1]!.Value);
        Assert.DoesNotContain(detail.ComparisonSeries, s => s.Area.Code == "GU");
        Assert.Equal(before.Value, (await FigureAsync("referrals", "SCC", June2020)).Value);
        // South West has its own imported figure, which the locality inside it does not replace.
        Assert.False((await FigureAsync("referrals", "SW", June2020)).Computed);
    }
}
