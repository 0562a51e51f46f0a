using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class RollupRulesTests
{
    private static readonly Dictionary<string, Rollup> Catalogue = new()
    {
        ["audits-a"] = Rollup.Sum,
        ["audits-b"] = Rollup.Sum,
        ["audits-c"] = Rollup.Sum,
        ["audits-x"] = Rollup.Ratio,
        ["audits-share"] = Rollup.Share,
    };

    private static PartDraft N(string code) => new(code, PartRole.Numerator);

    private static PartDraft D(string code) => new(code, PartRole.Denominator);

    private static List<string> Problems(Rollup rollup, params PartDraft[] parts) =>
        RollupRules.Check("audits-share", rollup, parts, Catalogue).Select(p => p.Sentence).ToList();

    [Fact]
    public void A_share_of_a_group_of_counts_with_a_numerator_from_the_group_is_fine() =>
        Assert.Empty(Problems(Rollup.Share, N("audits-a"), D("audits-a"), D("audits-b"), D("audits-c")));

    [Fact]
    public void A_share_needs_a_numerator() =>
        Assert.Equal(["A share needs at least one numerator, and each numerator must be one of its group's counts."],
            Problems(Rollup.Share, D("audits-a"), D("audits-b")));

    [Fact]
    public void A_shares_numerator_must_be_one_of_its_group() =>
        Assert.Equal(["A share needs at least one numerator, and each numerator must be one of its group's counts."],
            Problems(Rollup.Share, N("audits-c"), D("audits-a"), D("audits-b")));

    [Fact]
    public void A_share_needs_a_group_of_at_least_two_counts() =>
        Assert.Equal(["A share needs a group of at least two counts (its denominators)."], Problems(Rollup.Share, N("audits-a"), D("audits-a")));

    [Fact]
    public void A_part_must_be_a_count_that_adds_up()
    {
        var problem = Assert.Single(RollupRules.Check("audits-share", Rollup.Share, [N("audits-a"), D("audits-a"), D("audits-x")], Catalogue));
        Assert.Equal((CatalogueFields.Parts, "A part of a share must be a count that adds up (roll-up: sum): audits-x is not."), (problem.Field, problem.Sentence));
    }

    [Fact]
    public void A_measure_cannot_be_a_part_of_itself() =>
        Assert.Contains("A measure cannot be a part of itself.", Problems(Rollup.Share, N("audits-a"), D("audits-a"), D("audits-share")));

    [Fact]
    public void A_part_must_exist() =>
        Assert.Equal(["There is no measure with the code audits-z to be a part of this share."],
            Problems(Rollup.Share, N("audits-a"), D("audits-a"), D("audits-z")));

    [Fact]
    public void A_part_listed_twice_in_the_same_role_is_refused() =>
        Assert.Equal(["audits-b is listed twice as a denominator."], Problems(Rollup.Share, N("audits-a"), D("audits-a"), D("audits-b"), D("audits-b ")));

    [Theory]
    [InlineData(Rollup.Sum, "sum")]
    [InlineData(Rollup.None, "none")]
    public void A_sum_or_none_has_no_parts(Rollup rollup, string name)
    {
        Assert.Empty(Problems(rollup));
        Assert.Equal([$"A measure that rolls up by {name} has no parts: remove them, or choose share or ratio."], Problems(rollup, D("audits-a")));
    }

    [Fact]
    public void A_ratio_may_use_its_rows_own_numerators_and_denominators() => Assert.Empty(Problems(Rollup.Ratio));

    [Fact]
    public void A_ratio_of_other_measures_needs_both_a_numerator_and_a_denominator()
    {
        Assert.Empty(Problems(Rollup.Ratio, N("audits-a"), D("audits-b")));
        var problem = Assert.Single(Problems(Rollup.Ratio, N("audits-a")));
        Assert.StartsWith("A ratio built from other measures needs at least one numerator and at least one denominator", problem);
    }

    [Fact]
    public void A_part_of_a_ratio_must_add_up_too() =>
        Assert.Equal(["A part of a ratio must be a count that adds up (roll-up: sum): audits-x is not."], Problems(Rollup.Ratio, N("audits-x"), D("audits-b")));

    [Fact]
    public void The_rule_is_described_shortly_and_plainly()
    {
        Assert.Equal("share of audits-a, audits-b (numerator audits-a)",
            RollupRules.Describe(Rollup.Share, [N("audits-a"), D("audits-a"), D("audits-b")]));
        Assert.Equal("sum", RollupRules.Describe(Rollup.Sum, []));
        Assert.Equal("ratio of audits-a over audits-b", RollupRules.Describe(Rollup.Ratio, [N("audits-a"), D("audits-b")]));
    }
}
