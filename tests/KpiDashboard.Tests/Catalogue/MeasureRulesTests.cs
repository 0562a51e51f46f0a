using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class MeasureRulesTests
{
    private static readonly string[] Codes = ["audits-inadequate", "audits-good", "referrals"];

    internal static MeasureDraft Count(string code = "new-count") => new(code, "New count", "Quality of practice",
        "The number of things counted in the month.", MetricUnit.Count, 0, Polarity.LowerIsBetter, ReportingFrequency.Monthly, 1, true, Rollup.Sum);

    private static MeasureContext Existing(string code, bool hasFigures, params string[] partOf) => new(Codes, code, hasFigures, partOf);

    private static RuleProblem Single(MeasureDraft draft, MeasureContext context) => Assert.Single(MeasureRules.Check(draft, context));

    [Fact]
    public void A_complete_new_measure_has_no_problems() =>
        Assert.Empty(MeasureRules.Check(Count(), MeasureContext.ForNew(Codes)));

    [Theory]
    [InlineData("Audits")]
    [InlineData("audits_inadequate")]
    [InlineData("audits inadequate")]
    [InlineData("-audits")]
    [InlineData("audits--x")]
    public void A_code_is_lower_case_letters_digits_and_hyphens(string code)
    {
        var problem = Single(Count(code), MeasureContext.ForNew(Codes));
        Assert.Equal(CatalogueFields.Code, problem.Field);
        Assert.Equal("A code is lower-case letters, digits and hyphens, up to 80 characters.", problem.Sentence);
    }

    [Fact]
    public void A_code_is_at_most_80_characters()
    {
        Assert.Empty(MeasureRules.Check(Count(new string('a', 80)), MeasureContext.ForNew(Codes)));
        Assert.Equal("A code is lower-case letters, digits and hyphens, up to 80 characters.",
            Single(Count(new string('a', 81)), MeasureContext.ForNew(Codes)).Sentence);
    }

    [Fact]
    public void A_measure_needs_a_code() =>
        Assert.Equal("A measure needs a code, such as audits-inadequate.", Single(Count("  "), MeasureContext.ForNew(Codes)).Sentence);

    [Fact]
    public void A_new_code_already_in_use_is_refused() =>
        Assert.Equal("The code referrals is already used by another measure.", Single(Count("referrals"), MeasureContext.ForNew(Codes)).Sentence);

    [Fact]
    public void A_measure_keeps_its_own_code_when_edited() =>
        Assert.Empty(MeasureRules.Check(Count("audits-inadequate"), Existing("audits-inadequate", hasFigures: true)));

    [Fact]
    public void A_code_with_figures_cannot_change()
    {
        var problem = Single(Count("audits-inadequate-count"), Existing("audits-inadequate", hasFigures: true));
        Assert.Equal((CatalogueFields.Code, "The code audits-inadequate already has figures and cannot change."), (problem.Field, problem.Sentence));
    }

    [Fact]
    public void A_code_without_figures_can_change_but_not_to_another_measures_code()
    {
        Assert.Empty(MeasureRules.Check(Count("audits-bad"), Existing("audits-inadequate", hasFigures: false)));
        Assert.Equal("The code audits-good is already used by another measure.",
            Single(Count("audits-good"), Existing("audits-inadequate", hasFigures: false)).Sentence);
    }

    [Fact]
    public void Name_theme_and_definition_are_each_named_when_missing()
    {
        var problems = MeasureRules.Check(Count() with { Name = "", Theme = " ", Definition = "" }, MeasureContext.ForNew(Codes));
        Assert.Equal(
            [(CatalogueFields.Name, "A measure needs a name."), (CatalogueFields.Theme, "A measure needs a theme."), (CatalogueFields.Definition, "A measure needs a definition.")],
            problems.Select(p => (p.Field, p.Sentence)));
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused() =>
        Assert.Equal("A measure's name can be at most 200 characters; this one has 201.",
            Single(Count() with { Name = new string('n', 201) }, MeasureContext.ForNew(Codes)).Sentence);

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Decimals_are_0_to_3(int decimals)
    {
        var problem = Single(Count() with { Decimals = decimals }, MeasureContext.ForNew(Codes));
        Assert.Equal((CatalogueFields.Decimals, $"Decimals are from 0 to 3; {decimals} is not allowed."), (problem.Field, problem.Sentence));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(25)]
    public void The_reporting_lag_is_0_to_24_months(int lag)
    {
        var problem = Single(Count() with { ReportingLagMonths = lag }, MeasureContext.ForNew(Codes));
        Assert.Equal((CatalogueFields.ReportingLag, $"The reporting lag is from 0 to 24 months; {lag} is not allowed."), (problem.Field, problem.Sentence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Boundary_decimals_and_lags_are_allowed(int value) =>
        Assert.Empty(MeasureRules.Check(Count() with { Decimals = value, ReportingLagMonths = value * 8 }, MeasureContext.ForNew(Codes)));

    [Fact]
    public void A_percentage_cannot_roll_up_by_sum() =>
        Assert.Equal("A percentage or rate cannot be added up: choose ratio, share or none as its roll-up.",
            Single(Count() with { Unit = MetricUnit.Percent }, MeasureContext.ForNew(Codes)).Sentence);

    [Theory]
    [InlineData(Rollup.Share, "share")]
    [InlineData(Rollup.Ratio, "ratio")]
    public void A_share_or_ratio_is_a_percentage(Rollup rollup, string kind) =>
        Assert.Equal($"A {kind} is 100 × numerators over denominators, so its unit must be percent.",
            Single(Count() with { Rollup = rollup }, MeasureContext.ForNew(Codes)).Sentence);

    [Fact]
    public void A_part_of_a_share_must_keep_rolling_up_by_sum()
    {
        var problem = Single(Count("audits-good") with { Rollup = Rollup.None }, Existing("audits-good", true, "audits-inadequate-pct", "audits-good-or-better-pct"));
        Assert.Equal((CatalogueFields.Rollup, "audits-good is a part of audits-good-or-better-pct, audits-inadequate-pct, so it must keep rolling up by sum."),
            (problem.Field, problem.Sentence));
    }

    [Fact]
    public void Undefined_choices_are_named()
    {
        var problems = MeasureRules.Check(Count() with { Unit = (MetricUnit)99, Polarity = (Polarity)99, Frequency = (ReportingFrequency)99, Rollup = (Rollup)99 },
            MeasureContext.ForNew(Codes));
        Assert.Equal([CatalogueFields.Unit, CatalogueFields.Polarity, CatalogueFields.Frequency, CatalogueFields.Rollup], problems.Select(p => p.Field));
    }
}
