using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Spc;
using KpiDashboard.Web.Features.SpcSettings;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.SpcSettings;

/// <summary>Baseline periods saved on real PostgreSQL, audited, and read alike by every SPC caller.</summary>
public sealed class SpcBaselineSettingsTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly April2018 = new(2018, 4, 1);
    private static readonly DateOnly March2019 = new(2019, 3, 1);
    private static readonly Actor Admin = new(TestUsers.For(Roles.Admin), "192.0.2.20");

    private SpcSettingsService Service => App.Get<SpcSettingsService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<AuditEvent>> AuditAsync()
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.Where(e => e.Target.StartsWith("SPC baseline")).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_baseline_is_saved_replaced_and_removed_with_an_audit_line_for_each()
    {
        Assert.Empty(await Service.SaveBaselineAsync("referrals", "", new DateOnly(2018, 4, 17), March2019, Admin, Ct));
        Assert.Empty(await Service.SaveBaselineAsync("referrals", null, new DateOnly(2019, 4, 1), new DateOnly(2020, 3, 1), Admin, Ct));
        var saved = Assert.Single(await Service.BaselinesAsync(Ct));
        await Service.RemoveBaselineAsync(saved.Id, Admin, Ct);

        Assert.Equal(("referrals", null, new DateOnly(2019, 4, 1), new DateOnly(2020, 3, 1)), (saved.MetricCode, saved.AreaCode, saved.FirstMonth, saved.LastMonth));
        Assert.Empty(await Service.BaselinesAsync(Ct));
        Assert.Equal(
            ["every area: none → Apr 2018 to Mar 2019", "every area: Apr 2018 to Mar 2019 → Apr 2019 to Mar 2020", "every area: Apr 2019 to Mar 2020 → none"],
            (await AuditAsync()).Select(e => e.Detail));
        Assert.All(await AuditAsync(), e => Assert.Equal((Admin.Name, "SPC baseline of referrals"), (e.Actor, e.Target)));
    }

    [Theory]
    [InlineData("referrals", "", null, "2019-03-01", "FirstMonth", "A baseline needs a first month.")]
    [InlineData("referrals", "", "2018-04-01", null, "LastMonth", "A baseline needs a last month.")]
    [InlineData("referrals", "", "2018-04-01", "2018-03-01", "LastMonth", "The last month, Mar 2018, is before the first, Apr 2018.")]
    [InlineData("referrals", "", "2018-04-01", "2019-01-01", "LastMonth", "A baseline needs at least 12 months for its limits to be trusted; Apr 2018 to Jan 2019 is 10.")]
    [InlineData("no-such", "", "2018-04-01", "2019-03-01", "MetricCode", "There is no measure with the code no-such.")]
    [InlineData("referrals", "XX", "2018-04-01", "2019-03-01", "AreaCode", "There is no area with the code XX.")]
    public async Task A_baseline_that_breaks_a_rule_is_refused_with_its_sentence_and_nothing_is_written(
        string metric, string area, string? first, string? last, string field, string sentence)
    {
        static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([new RuleProblem(field, sentence)], await Service.SaveBaselineAsync(metric, area, Parse(first), Parse(last), Admin, Ct));

        Assert.Empty(await Service.BaselinesAsync(Ct));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task The_spc_chart_the_detail_page_and_the_overview_tile_read_the_same_baseline()
    {
        var without = (await App.Get<SpcQuery>().LoadAsync("referrals", "NE", Audience.Internal, Ct))!.Result;
        Assert.Empty(await Service.SaveBaselineAsync("referrals", "NE", April2018, March2019, Admin, Ct));
        Assert.Empty(await Service.SaveBaselineAsync("referrals", null, new DateOnly(2019, 4, 1), new DateOnly(2020, 3, 1), Admin, Ct));

        var chart = (await App.Get<SpcQuery>().LoadAsync("referrals", "NE", Audience.Internal, Ct))!.Result;
        var detail = (await App.Get<MetricDetailQuery>().LoadAsync("referrals", "NE", null, null, Audience.Internal, Ct))!;
        var first = chart.Partitions[0];

        Assert.Equal(new SpcBaselinePeriod(April2018, March2019), first.FixedOn);
        Assert.Equal(12, first.BaselinePoints);
        Assert.NotEqual(without.Partitions[0].Mean, first.Mean);
        Assert.Equal(first, detail.Spc.Partitions[0]);
        Assert.Equal(["Limits fixed on Apr 2018 to Mar 2019."], SpcChart.BaselineNotes(detail.Spc));
        var everyArea = (await App.Get<SpcQuery>().LoadAsync("referrals", "NW", Audience.Internal, Ct))!.Result;
        Assert.Equal(new SpcBaselinePeriod(new DateOnly(2019, 4, 1), new DateOnly(2020, 3, 1)), everyArea.Partitions[0].FixedOn);

        var tile = (await App.Get<OverviewQuery>().LoadAsync("NE", null, Audience.Internal, Ct)).Tiles.Single(t => t.Code == "referrals");
        Assert.Equal((chart.Variation, chart.Assurance), (tile.Variation, tile.Assurance));
    }
}
