using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class ComparatorRulesTests
{
    private static readonly ComparatorEntry[] Seeded =
    [
        new("england", "England"),
        new("south-east-region", "South East region"),
        new("statistical-neighbours", "Statistical neighbours"),
    ];

    [Fact]
    public void A_new_comparator_with_a_kebab_case_code_is_accepted() =>
        Assert.Empty(ComparatorRules.ProblemsWithNew(new("london", "London"), Seeded));

    [Theory]
    [InlineData("Stat Neighbours")]
    [InlineData("stat_neighbours")]
    [InlineData("-england")]
    [InlineData("england-")]
    public void A_code_that_is_not_kebab_case_is_refused(string code) =>
        Assert.Equal(new RuleProblem("Code", $"A comparator's code is up to 40 lower-case letters and digits in words joined by hyphens, such as south-east-region; '{code}' is not."),
            Assert.Single(ComparatorRules.ProblemsWithNew(new(code, "Neighbours"), Seeded)));

    [Fact]
    public void A_code_over_40_characters_is_refused() =>
        Assert.Equal("Code", Assert.Single(ComparatorRules.ProblemsWithNew(new(new string('a', 41), "Long"), Seeded)).Field);

    [Fact]
    public void A_code_and_a_name_are_required() =>
        Assert.Equal(
            [new("Code", "A comparator needs a code, such as statistical-neighbours."), new("Name", "A comparator needs a name, such as England.")],
            ComparatorRules.ProblemsWithNew(new(" ", ""), Seeded));

    [Fact]
    public void A_code_already_used_is_refused() =>
        Assert.Equal(new RuleProblem("Code", "The code england is already used by England."),
            Assert.Single(ComparatorRules.ProblemsWithNew(new("england", "England and Wales"), Seeded)));

    [Fact]
    public void A_name_already_used_is_refused() =>
        Assert.Equal(new RuleProblem("Name", "The name england is already used by comparator england."),
            Assert.Single(ComparatorRules.ProblemsWithNew(new("eng", "england"), Seeded)));

    [Fact]
    public void Renaming_keeps_its_own_name_and_code_free() =>
        Assert.Empty(ComparatorRules.ProblemsWithChange("england", new("england", "England (all)"), Seeded, currentHasBenchmarks: true));

    [Fact]
    public void The_code_of_a_comparator_with_benchmarks_cannot_change() =>
        Assert.Equal(new RuleProblem("Code", "The code england already has benchmarks and cannot change."),
            Assert.Single(ComparatorRules.ProblemsWithChange("england", new("all-england", "England"), Seeded, currentHasBenchmarks: true)));

    [Fact]
    public void A_name_over_100_characters_is_refused() =>
        Assert.Equal(new RuleProblem("Name", "A comparator's name can be at most 100 characters; this one has 101."),
            Assert.Single(ComparatorRules.ProblemsWithNew(new("long", new string('n', 101)), Seeded)));
}
