using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using static KpiDashboard.Tests.Publication.Grids;

namespace KpiDashboard.Tests.Publication;

public sealed class SuppressionRuleTests
{
    private static readonly MetricRule Missing = MetricRule.Count("missing");

    [Theory]
    [InlineData(0, SuppressionReason.None)]
    [InlineData(1, SuppressionReason.Primary)]
    [InlineData(5, SuppressionReason.Primary)]
    [InlineData(6, SuppressionReason.None)]
    public void A_count_about_children_from_1_to_5_is_suppressed_and_0_and_6_are_shown(int value, SuppressionReason expected)
    {
        var plan = Decide([Count("missing", Authority, value)], Missing);

        Assert.Equal(expected, plan.Reason("missing", Authority));
    }

    [Fact]
    public void A_count_the_catalogue_does_not_mark_is_never_suppressed()
    {
        var plan = Decide(Quadrant("complaints", 3, 10, 0, 7), MetricRule.Count("complaints", smallNumberSuppression: false));

        Assert.Empty(plan.Suppressed);
    }

    [Fact]
    public void A_single_small_quadrant_takes_the_smallest_other_non_zero_quadrant_with_it()
    {
        var plan = Decide(Quadrant("missing", 3, 10, 0, 7), Missing);

        Assert.Equal(SuppressionReason.Primary, plan.Reason("missing", "NE"));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("missing", "SW"));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", "NW"));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", "SE"));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", Authority));
    }

    [Fact]
    public void Where_every_other_quadrant_is_0_the_total_is_suppressed_and_the_zeros_stay_shown()
    {
        // An imported authority figure can hold children no quadrant does.
        FigureCell[] cells = [Count("missing", Authority, 20), Count("missing", "NE", 3), Count("missing", "NW", 0), Count("missing", "SE", 0), Count("missing", "SW", 0)];

        var plan = Decide(cells, Missing);

        Assert.Equal(SuppressionReason.Secondary, plan.Reason("missing", Authority));
        Assert.All(Quadrants.Skip(1), q => Assert.Equal(SuppressionReason.None, plan.Reason("missing", q)));
    }

    [Fact]
    public void Small_quadrants_that_hide_one_another_need_no_secondary_suppression()
    {
        var plan = Decide(Quadrant("missing", 2, 3, 1, 4), Missing);

        Assert.All(Quadrants, q => Assert.Equal(SuppressionReason.Primary, plan.Reason("missing", q)));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", Authority));
    }

    [Fact]
    public void A_withheld_total_whose_quadrants_are_all_shown_takes_the_smallest_quadrant_with_it()
    {
        FigureCell[] cells =
        [
            new("missing", Authority, May, null, null, null, ObservationStatus.Suppressed),
            Count("missing", "NE", 10), Count("missing", "NW", 40), Count("missing", "SE", 30), Count("missing", "SW", 20),
        ];

        var plan = Decide(cells, Missing);

        Assert.Equal(SuppressionReason.Withheld, plan.Reason("missing", Authority));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("missing", "NE"));
        Assert.Equal(2, plan.Suppressed.Count);
    }

    [Fact]
    public void A_secondary_suppression_that_leaves_a_lower_sum_with_one_suppressed_figure_is_followed_down_the_tree()
    {
        AreaNode[] areas = [new("LA", null), new("NE", "LA", 1), new("NW", "LA", 2), new("NE1", "NE", 1), new("NE2", "NE", 2), new("NW1", "NW", 1), new("NW2", "NW", 2)];
        FigureCell[] cells =
        [
            Count("missing", "LA", 10), Count("missing", "NE", 3), Count("missing", "NW", 7),
            Count("missing", "NE1", 3), Count("missing", "NE2", 0), Count("missing", "NW1", 7), Count("missing", "NW2", 0),
        ];

        var plan = Suppression.Decide(new FigureGrid(cells), new PublicationCatalogue([Missing], areas));

        Assert.Equal(SuppressionReason.Secondary, plan.Reason("missing", "NW"));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("missing", "NW1"));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", "NW2"));
        Assert.Equal(SuppressionReason.None, plan.Reason("missing", "LA"));
    }

    [Theory]
    [InlineData(3, 40, SuppressionReason.Rate)]
    [InlineData(0, 40, SuppressionReason.None)]
    [InlineData(4, 4, SuppressionReason.Rate)]
    [InlineData(12, 40, SuppressionReason.None)]
    public void A_rate_is_suppressed_when_its_imported_numerator_or_denominator_is_from_1_to_5(int numerator, int denominator, SuppressionReason expected)
    {
        var rule = new MetricRule("interviews-pct", true, Rollup.Ratio, [], []);

        var plan = Decide([Rate("interviews-pct", Authority, numerator, denominator)], rule);

        Assert.Equal(expected, plan.Reason("interviews-pct", Authority));
    }

    [Fact]
    public void A_suppressed_quadrant_rate_takes_the_quadrant_with_the_smallest_denominator_with_it()
    {
        var rule = new MetricRule("interviews-pct", true, Rollup.Ratio, [], []);
        FigureCell[] cells = [Rate("interviews-pct", Authority, 83, 170), Rate("interviews-pct", "NE", 3, 40), Rate("interviews-pct", "NW", 20, 30), Rate("interviews-pct", "SE", 30, 50), Rate("interviews-pct", "SW", 30, 50)];

        var plan = Decide(cells, rule);

        Assert.Equal(SuppressionReason.Rate, plan.Reason("interviews-pct", "NE"));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("interviews-pct", "NW"));
        Assert.Equal(2, plan.Suppressed.Count);
    }

    [Fact]
    public void A_share_of_a_group_of_counts_is_suppressed_where_its_numerator_count_is()
    {
        var (rules, cells) = AuditGrades(inadequate: [3, 9, 8, 12], good: [30, 28, 40, 35]);

        var plan = Decide(cells, rules);

        Assert.Equal(SuppressionReason.Primary, plan.Reason("inadequate", "NE"));
        Assert.Equal(SuppressionReason.Rate, plan.Reason("inadequate-pct", "NE"));
        // The inadequate count's secondary (SE, 8) would be the share times the group's total there: that share goes too.
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("inadequate", "SE"));
        Assert.Equal(SuppressionReason.Rate, plan.Reason("inadequate-pct", "SE"));
        Assert.Equal(SuppressionReason.None, plan.Reason("inadequate-pct", "NW"));
        Assert.Equal(SuppressionReason.None, plan.Reason("inadequate-pct", Authority));
    }

    [Fact]
    public void A_share_suppressed_for_a_small_numerator_takes_its_numerator_count_with_it_when_the_counts_are_not_marked()
    {
        var (rules, cells) = AuditGrades(inadequate: [4, 9, 8, 12], good: [46, 28, 40, 35], countsMarked: false);

        var plan = Decide(cells, rules);

        Assert.Equal(SuppressionReason.Rate, plan.Reason("inadequate-pct", "NE"));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("inadequate", "NE"));
        Assert.Equal(SuppressionReason.Secondary, plan.Reason("inadequate", "SE"));
        Assert.Equal(SuppressionReason.None, plan.Reason("good", "NE"));
    }

    [Fact]
    public void The_public_sees_no_number_of_a_suppressed_figure_and_the_internal_audience_sees_it_marked()
    {
        var plan = Decide(Quadrant("missing", 3, 10, 0, 7), Missing);
        var cell = plan.Grid.Find("missing", "NE", May)!;

        var published = plan.Publish(cell, Audience.Public);
        var internalView = plan.Publish(cell, Audience.Internal);

        Assert.Equal((null, null, null, ObservationStatus.Suppressed), (published.Value, published.Numerator, published.Denominator, published.Status));
        Assert.Equal(3m, internalView.Value);
        Assert.True(internalView.SuppressedWhenPublished);
        Assert.False(plan.Publish(plan.Grid.Find("missing", "NW", May)!, Audience.Internal).SuppressedWhenPublished);
        Assert.Equal(2, plan.Publish(Audience.Public).Count(f => f.Status == ObservationStatus.Suppressed));
        Assert.DoesNotContain(plan.Publish(Audience.Internal), f => f.Status == ObservationStatus.Suppressed);
    }

    [Fact]
    public void A_figure_for_a_measure_the_catalogue_does_not_hold_is_refused_with_a_sentence()
    {
        var error = Assert.Throws<ArgumentException>(() => Decide([Count("referrals", "NE", 3)], Missing));

        Assert.StartsWith("The figures to publish include referrals in NE for 2026-05, but the publication catalogue has no rule for referrals.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_figures_for_one_cell_are_refused_with_a_sentence()
    {
        var error = Assert.Throws<ArgumentException>(() => new FigureGrid([Count("missing", "NE", 3), Count("missing", "NE", 4)]));

        Assert.StartsWith("The figures to publish hold two figures for missing in NE for 2026-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_on_a_numerator_of_0_is_suppressed_for_its_small_denominator_but_suppresses_no_count()
    {
        var (rules, cells) = AuditGrades(inadequate: [0, 9, 8, 12], good: [3, 28, 40, 35], countsMarked: false);

        var plan = Decide(cells, rules);

        Assert.Equal(SuppressionReason.Rate, plan.Reason("inadequate-pct", "NE"));
        Assert.Single(plan.Suppressed);
    }

    [Fact]
    public void An_area_tree_that_goes_round_in_a_circle_is_refused_with_a_sentence()
    {
        AreaNode[] areas = [new("NE", "NW"), new("NW", "NE")];

        var error = Assert.Throws<ArgumentException>(() => Suppression.Decide(new FigureGrid([]), new PublicationCatalogue([Missing], areas)));

        Assert.StartsWith("The area tree goes round in a circle through NE.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_built_from_a_measure_the_catalogue_does_not_list_is_refused_with_a_sentence()
    {
        var rule = new MetricRule("repeat-pct", true, Rollup.Ratio, ["repeats"], ["referrals"]);

        var error = Assert.Throws<ArgumentException>(() => Decide([], rule));

        Assert.StartsWith("The measure repeat-pct is built from repeats, which the publication catalogue does not list.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Two grade counts and the share of them that is inadequate, in every area, with the authority as the sum.</summary>
    private static (MetricRule[] Rules, List<FigureCell> Cells) AuditGrades(int[] inadequate, int[] good, bool countsMarked = true)
    {
        MetricRule[] rules =
        [
            MetricRule.Count("inadequate", countsMarked), MetricRule.Count("good", countsMarked),
            new("inadequate-pct", true, Rollup.Share, ["inadequate"], ["inadequate", "good"]),
        ];
        var cells = Quadrant("inadequate", inadequate[0], inadequate[1], inadequate[2], inadequate[3])
            .Concat(Quadrant("good", good[0], good[1], good[2], good[3]))
            .ToList();
        foreach (var area in Areas.Select(a => a.Area))
        {
            var n = cells.Single(c => c.Metric == "inadequate" && c.Area == area).Value!.Value;
            var g = cells.Single(c => c.Metric == "good" && c.Area == area).Value!.Value;
            cells.Add(Rate("inadequate-pct", area, n, n + g));
        }
        return (rules, cells);
    }
}
