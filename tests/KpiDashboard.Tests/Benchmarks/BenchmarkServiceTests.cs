using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Benchmarks;

namespace KpiDashboard.Tests.Benchmarks;

public sealed class BenchmarkServiceTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    [Fact]
    public async Task The_seed_gives_three_labelled_comparators_with_annual_periods_marked_illustrative()
    {
        var series = await App.Get<BenchmarkService>().ForMetricAsync("repeat-referrals-pct", TestContext.Current.CancellationToken);

        Assert.Equal(["England", "South East region", "Statistical neighbours"], series.Select(s => s.Name));
        var england = series[0];
        Assert.Equal("england", england.ComparatorCode);
        Assert.Equal(["Apr 2018 to Mar 2019", "Apr 2019 to Mar 2020", "Apr 2020 to Mar 2021"], england.Points.Select(p => p.PeriodLabel));
        Assert.All(series.SelectMany(s => s.Points), p => Assert.Equal("Illustrative figure, not published data", p.Source));
    }

    [Fact]
    public async Task A_metric_without_benchmarks_has_no_series() =>
        Assert.Empty(await App.Get<BenchmarkService>().ForMetricAsync("complaints", TestContext.Current.CancellationToken));

    [Fact]
    public void The_seed_readme_says_the_benchmarks_are_illustrative()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.SeedData, "README.md"));

        Assert.Contains("`benchmarks.csv`", readme, StringComparison.Ordinal);
        Assert.Contains("The benchmark figures are illustrative too", readme, StringComparison.Ordinal);
    }
}
