using KpiDashboard.Web.Features.Publication;
using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.DataQuality;
using KpiDashboard.Web.Features.Overview;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.DataQuality;

public sealed class DataQualityQueryTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    private async Task ExecuteAsync(string sql)
    {
        await using var db = await DbAsync();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<DataQualityFlag>> FlagsAsync(string metric, string area, DateOnly? asOf = null, bool checkOutOfDate = false)
    {
        var all = await App.Get<DataQualityQuery>().LoadAsync(null, asOf ?? June2020, checkOutOfDate, TestContext.Current.CancellationToken);
        return all.SingleOrDefault(s => s.MetricCode == metric && s.AreaCode == area)?.Flags ?? [];
    }

    private const string NorthEastReferrals =
        "metric_id = (select id from metrics where code = 'referrals') and area_id = (select id from areas where code = 'NE')";

    [Fact]
    public async Task A_month_with_no_figure_is_flagged_as_missing()
    {
        await ExecuteAsync($"delete from observations where {NorthEastReferrals} and period in ('2020-02-01', '2020-03-01')");

        var flag = Assert.Single(await FlagsAsync("referrals", "NE"));

        Assert.Equal((DataQualityKind.MissingMonths, "Missing: Feb 2020, Mar 2020", "No figure for Feb 2020, Mar 2020 (between Apr 2018 and Jun 2020)."),
            (flag.Kind, flag.Label, flag.Detail));
    }

    [Fact]
    public async Task A_quarterly_measure_expects_a_figure_each_quarter_and_is_flagged_only_for_a_missing_quarter()
    {
        await ExecuteAsync("update metrics set frequency = 'Quarterly' where code = 'referrals'");
        await ExecuteAsync($"delete from observations where {NorthEastReferrals} and extract(month from period) not in (3, 6, 9, 12)");

        Assert.Empty(await FlagsAsync("referrals", "NE"));

        await ExecuteAsync($"delete from observations where {NorthEastReferrals} and period = '2019-12-01'");
        var flag = Assert.Single(await FlagsAsync("referrals", "NE"));

        Assert.Equal((DataQualityKind.MissingMonths, "Missing: Dec 2019"), (flag.Kind, flag.Label));
    }

    [Fact]
    public async Task Months_missing_at_the_end_of_a_series_are_flagged_up_to_the_month_judged_on_the_page_and_the_tile()
    {
        await ExecuteAsync($"delete from observations where {NorthEastReferrals} and period in ('2019-11-01', '2020-05-01', '2020-06-01')");

        var flag = Assert.Single(await FlagsAsync("referrals", "NE"));
        var overview = await App.Get<OverviewQuery>().LoadAsync("NE", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        Assert.Equal((DataQualityKind.MissingMonths, "Missing: Nov 2019, May 2020, Jun 2020", "No figure for Nov 2019, May 2020, Jun 2020 (between Apr 2018 and Jun 2020)."),
            (flag.Kind, flag.Label, flag.Detail));
        Assert.Equal(flag, Assert.Single(overview.Tiles.Single(t => t.Code == "referrals").Flags));
    }

    [Fact]
    public async Task A_change_far_beyond_the_usual_moving_range_is_flagged_as_a_likely_keying_error()
    {
        await ExecuteAsync($"update observations set value = value * 10 where {NorthEastReferrals} and period = '2020-06-01'");

        var flags = await FlagsAsync("referrals", "NE");

        var flag = Assert.Single(flags, f => f.Kind == DataQualityKind.UnusualChange);
        var match = Regex.Match(flag.Detail, @"^The change into Jun 2020 \([\d,.]+\) is ([\d.]+) times the usual month-to-month movement \([\d,.]+\); check for a keying error\.$");
        Assert.True(match.Success, flag.Detail);
        Assert.True(decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > 3m);
        Assert.Empty(await FlagsAsync("referrals", "NE", asOf: new DateOnly(2020, 5, 1)));
    }

    [Fact]
    public async Task A_figure_changed_after_first_publication_is_flagged_as_restated()
    {
        await ExecuteAsync($"""
            insert into observation_revisions (metric_id, area_id, period, value, status, import_id, superseded_by_import_id)
            select metric_id, area_id, period, value + 1, status, import_id, import_id from observations
            where {NorthEastReferrals} and period = '2020-05-01'
            """);

        var flag = Assert.Single(await FlagsAsync("referrals", "NE"));

        Assert.Equal((DataQualityKind.Restated, "Restated: May 2020", "Figures for May 2020 were changed after they were first published."),
            (flag.Kind, flag.Label, flag.Detail));
    }

    [Fact]
    public async Task A_series_older_than_the_reporting_lag_is_flagged_out_of_date_only_when_asked()
    {
        var latest = new DateOnly(2021, 3, 1);

        var flag = Assert.Single(await FlagsAsync("referrals", "NE", latest, checkOutOfDate: true));

        Assert.Equal((DataQualityKind.OutOfDate, "Out of date: latest Mar 2021"), (flag.Kind, flag.Label));
        Assert.Empty(await FlagsAsync("referrals", "NE", latest, checkOutOfDate: false));
    }

    [Fact]
    public async Task The_overview_tile_carries_the_flags_of_its_series()
    {
        await ExecuteAsync($"delete from observations where {NorthEastReferrals} and period = '2020-04-01'");

        var overview = await App.Get<OverviewQuery>().LoadAsync("NE", June2020, Audience.Internal, TestContext.Current.CancellationToken);

        var flag = Assert.Single(overview.Tiles.Single(t => t.Code == "referrals").Flags);
        Assert.Equal("Missing: Apr 2020", flag.Label);
    }
}
