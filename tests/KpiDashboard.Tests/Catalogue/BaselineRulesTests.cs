using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class BaselineRulesTests
{
    private static readonly HashSet<string> Metrics = ["cin-rate", "audits-inadequate"];
    private static readonly HashSet<string> Areas = ["SCC", "NE"];
    private static readonly DateOnly April2018 = new(2018, 4, 1);
    private static readonly DateOnly March2019 = new(2019, 3, 1);

    private static IReadOnlyList<RuleProblem> Check(BaselineEntry entry) => BaselineRules.Problems(entry, Metrics, Areas);

    [Fact]
    public void Twelve_months_for_every_area_are_accepted() =>
        Assert.Empty(Check(new("cin-rate", null, April2018, March2019)));

    [Fact]
    public void Twelve_months_for_one_area_are_accepted() =>
        Assert.Empty(Check(new("cin-rate", "NE", April2018, March2019)));

    [Fact]
    public void Eleven_months_are_refused_with_the_count() =>
        Assert.Equal(new RuleProblem("LastMonth", "A baseline needs at least 12 months for its limits to be trusted; Apr 2018 to Feb 2019 is 11."),
            Assert.Single(Check(new("cin-rate", null, April2018, new DateOnly(2019, 2, 1)))));

    [Fact]
    public void The_last_month_cannot_be_before_the_first() =>
        Assert.Equal(new RuleProblem("LastMonth", "The last month, Mar 2018, is before the first, Apr 2018."),
            Assert.Single(Check(new("cin-rate", null, April2018, new DateOnly(2018, 3, 1)))));

    [Fact]
    public void A_first_and_a_last_month_are_required() =>
        Assert.Equal(
            [new("FirstMonth", "A baseline needs a first month."), new("LastMonth", "A baseline needs a last month.")],
            Check(new("cin-rate", null, null, null)));

    [Fact]
    public void The_measure_must_exist() =>
        Assert.Equal(new RuleProblem("MetricCode", "There is no measure with the code nope."),
            Assert.Single(Check(new("nope", null, April2018, March2019))));

    [Fact]
    public void The_area_must_exist() =>
        Assert.Equal(new RuleProblem("AreaCode", "There is no area with the code XX."),
            Assert.Single(Check(new("cin-rate", "XX", April2018, March2019))));

    [Fact]
    public void The_period_is_described_as_the_chart_names_it() =>
        Assert.Equal("Apr 2018 to Mar 2019", BaselineRules.Describe(April2018, March2019));

    [Fact]
    public void Months_covered_count_both_ends() =>
        Assert.Equal(12, BaselineRules.MonthsCovered(April2018, March2019));
}
