using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class TargetRulesTests
{
    private static readonly DateOnly April2021 = new(2021, 4, 1);
    private static readonly string[] Areas = ["SCC", "NE", "NW"];

    private static TargetContext Context(Polarity polarity, params (DateOnly, string?)[] others) => new(polarity, Areas, others);

    private static TargetDraft Draft(decimal? green = 8, decimal? red = 18, decimal? target = 8, DateOnly? from = null, string? area = null) =>
        new(from ?? April2021, area, target, green, red);

    private static List<(string Field, string Sentence)> Problems(TargetDraft draft, TargetContext context) =>
        TargetRules.Check(draft, context).Select(p => (p.Field, p.Sentence)).ToList();

    [Fact]
    public void A_consistent_lower_is_better_target_has_no_problems() => Assert.Empty(Problems(Draft(), Context(Polarity.LowerIsBetter)));

    [Fact]
    public void A_target_needs_a_month() =>
        Assert.Equal([(CatalogueFields.EffectiveFrom, "A target needs a month it applies from.")],
            Problems(new TargetDraft(null, null, 8, 8, 18), Context(Polarity.LowerIsBetter)));

    [Fact]
    public void A_target_applies_from_the_first_of_a_month() =>
        Assert.Equal([(CatalogueFields.EffectiveFrom, "A target applies from the first day of a month.")],
            Problems(Draft(from: new DateOnly(2021, 4, 2)), Context(Polarity.LowerIsBetter)));

    [Fact]
    public void Lower_is_better_needs_green_at_or_below_red() =>
        Assert.Equal([(CatalogueFields.Red, "Lower is better for this measure, so green (20) must be at or below red (18).")],
            Problems(Draft(green: 20), Context(Polarity.LowerIsBetter)));

    [Fact]
    public void Higher_is_better_needs_green_at_or_above_red()
    {
        Assert.Empty(Problems(Draft(green: 50, red: 35, target: 50), Context(Polarity.HigherIsBetter)));
        Assert.Equal([(CatalogueFields.Red, "Higher is better for this measure, so green (8) must be at or above red (18).")],
            Problems(Draft(), Context(Polarity.HigherIsBetter)));
    }

    [Fact]
    public void Close_to_target_needs_a_target_and_green_no_wider_than_red()
    {
        Assert.Empty(Problems(Draft(green: 5, red: 10, target: 100), Context(Polarity.CloseToTarget)));
        Assert.Equal(
            [(CatalogueFields.Red, "For a close-to-target measure, the green distance (10) must be no wider than the red one (5)."),
             (CatalogueFields.Target, "A close-to-target measure needs a target value to measure the distance from.")],
            Problems(Draft(green: 10, red: 5, target: null), Context(Polarity.CloseToTarget)));
    }

    [Fact]
    public void Close_to_target_distances_cannot_be_negative() =>
        Assert.Contains((CatalogueFields.Green, "For a close-to-target measure, green and red are distances from the target and cannot be negative."),
            Problems(Draft(green: -1, red: 5, target: 100), Context(Polarity.CloseToTarget)));

    [Fact]
    public void A_neutral_measure_cannot_have_a_target() =>
        Assert.Equal([(CatalogueFields.Polarity, "A neutral measure is not judged red, amber or green, so it cannot have a target.")],
            Problems(Draft(), Context(Polarity.Neutral)));

    [Fact]
    public void Missing_thresholds_are_each_named() =>
        Assert.Equal([(CatalogueFields.Green, "A target needs a green threshold."), (CatalogueFields.Red, "A target needs a red threshold.")],
            Problems(Draft(green: null, red: null), Context(Polarity.LowerIsBetter)));

    [Fact]
    public void A_target_for_an_area_must_be_for_one_that_exists()
    {
        Assert.Empty(Problems(Draft(area: "NE"), Context(Polarity.LowerIsBetter)));
        Assert.Equal([(CatalogueFields.Area, "There is no area with the code ZZ.")], Problems(Draft(area: "ZZ"), Context(Polarity.LowerIsBetter)));
    }

    [Fact]
    public void Two_targets_for_the_same_month_and_area_are_refused()
    {
        Assert.Equal([(CatalogueFields.EffectiveFrom, "There is already a target from 2021-04 for all areas: change that one instead.")],
            Problems(Draft(), Context(Polarity.LowerIsBetter, (April2021, null))));
        Assert.Equal([(CatalogueFields.EffectiveFrom, "There is already a target from 2021-04 for NE: change that one instead.")],
            Problems(Draft(area: "NE"), Context(Polarity.LowerIsBetter, (April2021, "NE"))));
    }

    [Fact]
    public void The_same_month_for_another_area_or_another_month_is_fine() =>
        Assert.Empty(Problems(Draft(area: "NE"), Context(Polarity.LowerIsBetter, (April2021, null), (April2021.AddYears(1), "NE"))));
}
