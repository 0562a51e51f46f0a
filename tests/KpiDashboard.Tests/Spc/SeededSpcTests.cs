using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Tests.Spc;

/// <summary>What the seed's SPC settings mean for the charts a committee sees.</summary>
public sealed class SeededSpcTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    [Fact]
    public async Task Return_interview_limits_are_recalculated_on_the_improved_process_so_the_target_is_judged_against_it()
    {
        var chart = await App.Get<SpcQuery>().LoadAsync("return-interviews-within-72h", "SCC", Audience.Internal, TestContext.Current.CancellationToken);

        var latest = chart!.Result.LatestPartition!;
        Assert.Equal(2, chart.Result.Partitions.Count);
        Assert.Equal(new DateOnly(2020, 3, 1), latest.From);
        Assert.StartsWith("Return interview timeliness improved through 2019-20", latest.Reason, StringComparison.Ordinal);
        Assert.NotEqual(AssuranceIcon.Fail, chart.Result.Assurance);
    }
}
