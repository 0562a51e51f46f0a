using KpiDashboard.Web.Features.DataQuality;

namespace KpiDashboard.Tests.DataQuality;

public sealed class StaleSeriesSummaryTests
{
    private static readonly DataQualityFlag Stale = new(DataQualityKind.OutOfDate, "Out of date", "The latest figure is for Mar 2021.");
    private static readonly DataQualityFlag Restated = new(DataQualityKind.Restated, "Restated", "Jun 2020 was restated.");

    private static SeriesQuality Series(string metric, params DataQualityFlag[] flags) => new(metric, metric, "NE", "North East", flags);

    [Fact]
    public void When_every_series_is_late_in_the_same_way_it_is_said_once_and_only_other_doubts_are_listed()
    {
        var summary = StaleSeriesSummary.Of([Series("referrals", Stale), Series("complaints", Stale, Restated)]);

        Assert.Equal("Every series is out of date: the latest figure is for Mar 2021.", summary.AllOutOfDate);
        Assert.Equal([("complaints", DataQualityKind.Restated)], summary.ToCheck.Select(s => (s.MetricCode, Assert.Single(s.Flags).Kind)));
    }

    [Fact]
    public void When_only_some_series_are_late_each_is_listed_with_its_own_flag()
    {
        var series = new[] { Series("referrals", Stale), Series("complaints", Restated) };

        var summary = StaleSeriesSummary.Of(series);

        Assert.Null(summary.AllOutOfDate);
        Assert.Equal(series, summary.ToCheck);
    }
}
