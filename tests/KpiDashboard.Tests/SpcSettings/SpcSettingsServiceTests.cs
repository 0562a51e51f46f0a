using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Spc;
using KpiDashboard.Web.Features.SpcSettings;

namespace KpiDashboard.Tests.SpcSettings;

public sealed class SpcSettingsServiceTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private SpcSettingsService Service => App.Get<SpcSettingsService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_lengths_saved_for_a_measure_are_kept_for_it_alone()
    {
        var before = (await Service.RunLengthsAsync(Ct)).Single(r => r.MetricCode == "referrals");

        Assert.Null(await Service.SaveRunLengthsAsync("referrals", 7, 7, TestUsers.Analyst, Ct));

        var after = await Service.RunLengthsAsync(Ct);
        Assert.Equal((6, 6), (before.ShiftLength, before.TrendLength));
        Assert.Equal((7, 7), after.Where(r => r.MetricCode == "referrals").Select(r => (r.ShiftLength, r.TrendLength)).Single());
        Assert.All(after.Where(r => r.MetricCode != "referrals"), r => Assert.Equal((6, 6), (r.ShiftLength, r.TrendLength)));
    }

    [Theory]
    [InlineData(8, 6, "A shift must be 6 or 7 points long; 8 is not allowed.")]
    [InlineData(6, 5, "A trend must be 6 or 7 points long; 5 is not allowed.")]
    public async Task A_run_length_other_than_6_or_7_is_refused_with_a_sentence(int shift, int trend, string expected) =>
        Assert.Equal(expected, await Service.SaveRunLengthsAsync("referrals", shift, trend, TestUsers.Analyst, Ct));

    [Fact]
    public async Task A_recalculation_point_is_added_for_the_month_and_removed()
    {
        var before = await Service.RecalculationsAsync(Ct);

        Assert.Null(await Service.AddRecalculationAsync("referrals", "NE", new DateOnly(2020, 1, 17), "  New front door opened  ", TestUsers.Analyst, Ct));
        var added = (await Service.RecalculationsAsync(Ct)).Single(r => r.Reason == "New front door opened");
        var chart = await App.Get<SpcQuery>().LoadAsync("referrals", "NE", Audience.Internal, Ct);
        await Service.RemoveRecalculationAsync(added.Id, TestUsers.Analyst, Ct);

        Assert.Equal(("referrals", "North East", new DateOnly(2020, 1, 1)), (added.MetricCode, added.AreaName, added.StartsFrom));
        Assert.Contains(chart!.Result.Partitions, p => p.Reason == "New front door opened");
        Assert.Equal(before.Count, (await Service.RecalculationsAsync(Ct)).Count);
    }

    [Theory]
    [InlineData("referrals", "", null, "Reason", "Give the month from which the limits are recalculated.")]
    [InlineData("referrals", "", "2020-04-01", " ", "Give the reason for the recalculation; it is shown on the chart.")]
    [InlineData("no-such-measure", "", "2020-04-01", "Reason", "There is no measure with the code 'no-such-measure'.")]
    [InlineData("referrals", "XX", "2020-04-01", "Reason", "There is no area with the code 'XX'.")]
    public async Task An_incomplete_recalculation_point_is_refused_with_a_sentence(string metric, string area, string? month, string reason, string expected) =>
        Assert.Equal(expected, await Service.AddRecalculationAsync(metric, area,
            month is null ? null : DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), reason, TestUsers.Analyst, Ct));

    [Fact]
    public async Task A_second_recalculation_from_the_same_month_is_refused()
    {
        await Service.AddRecalculationAsync("referrals", null, new DateOnly(2020, 4, 1), "New front door opened", TestUsers.Analyst, Ct);

        var problem = await Service.AddRecalculationAsync("referrals", "", new DateOnly(2020, 4, 20), "Again", TestUsers.Analyst, Ct);

        Assert.Equal("This measure's limits are already recalculated from Apr 2020 for every area.", problem);
    }
}
