using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;
using static KpiDashboard.Tests.Metrics.ChartFixtures;

namespace KpiDashboard.Tests.Metrics;

public sealed class ChartSummaryTests
{
    private const string Measure = "Case audits graded inadequate (%)";
    private static readonly IReadOnlyList<DateOnly> JanToJun = Months(2020, 1, 6);

    [Fact]
    public void A_falling_trend_names_the_area_both_figures_their_months_and_the_target()
    {
        var sentence = ChartSummary.Trend(Measure, "North East", MetricUnit.Percent, JanToJun, [34m, 33m, null, 30m, 31m, 29.2m], 10m);

        Assert.Equal("Case audits graded inadequate (%) in North East fell from 34% to 29.2% between Jan 2020 and Jun 2020; target 10%.", sentence);
    }

    [Fact]
    public void A_rising_trend_starts_and_ends_at_the_first_and_last_months_with_figures()
    {
        var sentence = ChartSummary.Trend("Vacancies", "Surrey", MetricUnit.Fte, JanToJun, [null, 40m, 42m, 45m, 47.5m, null], null);

        Assert.Equal("Vacancies in Surrey rose from 40 FTE to 47.5 FTE between Feb 2020 and May 2020.", sentence);
    }

    [Fact]
    public void An_unchanged_trend_and_a_single_figure_are_said_plainly()
    {
        Assert.Equal("Referrals in Surrey was 1,213 in both Jan 2020 and Jun 2020.",
            ChartSummary.Trend("Referrals", "Surrey", MetricUnit.Count, JanToJun, [1213m, null, null, null, null, 1213m], null));
        Assert.Equal("Referrals in Surrey was 1,213 in Mar 2020.",
            ChartSummary.Trend("Referrals", "Surrey", MetricUnit.Count, JanToJun, [null, null, 1213m, null, null, null], null));
    }

    [Fact]
    public void Lower_is_better_comparison_calls_the_lowest_quadrant_best()
    {
        var sentence = ChartSummary.Comparison(MetricUnit.Percent, Polarity.LowerIsBetter, Months(2020, 6, 1),
            [(Surrey, [20m]), (NorthEast, [29.2m]), (NorthWest, [18.2m]), (SouthEast, [13m]), (SouthWest, [19m])]);

        Assert.Equal("In Jun 2020, South East had the best figure of the quadrants (13%) and North East the worst (29.2%); Surrey as a whole: 20%.", sentence);
    }

    [Fact]
    public void Neutral_comparison_says_highest_and_lowest_and_uses_the_latest_month_with_quadrant_figures()
    {
        var sentence = ChartSummary.Comparison(MetricUnit.Count, Polarity.Neutral, Months(2020, 5, 2),
            [(Surrey, [100m, 110m]), (NorthEast, [30m, null]), (NorthWest, [20m, null])]);

        Assert.Equal("In May 2020, North East had the highest figure of the quadrants (30) and North West the lowest (20); Surrey as a whole: 100.", sentence);
    }

    [Fact]
    public void An_authority_only_measure_says_only_the_authority_has_figures()
    {
        var sentence = ChartSummary.Comparison(MetricUnit.Percent, Polarity.HigherIsBetter, Months(2020, 5, 2),
            [(Surrey, [90m, 91m]), (NorthEast, [null, null])]);

        Assert.Equal("Only Surrey has figures for this measure; it was 91% in Jun 2020.", sentence);
    }

    [Fact]
    public void Audit_grades_name_the_quadrants_with_the_largest_and_smallest_inadequate_share()
    {
        var sentence = ChartSummary.AuditGrades(
        [
            new(NorthEast, new DateOnly(2020, 6, 1), [1, 6, 10, 7]),
            new(SouthEast, new DateOnly(2020, 6, 1), [1, 9, 10, 3]),
            new(SouthEast, new DateOnly(2020, 5, 1), [0, 0, 0, 9]),
        ]);

        Assert.Equal("In Jun 2020, North East had the largest share of audits graded inadequate (29.2%) and South East the smallest (13%).", sentence);
    }

    [Fact]
    public void Workforce_totals_appointments_against_vacancies_and_names_the_quadrant_with_most_vacancies()
    {
        var sentence = ChartSummary.Workforce(new DateOnly(2020, 6, 1), [new(NorthEast, 1, 7), new(SouthEast, null, 18.5m)]);

        Assert.Equal("In the 6 months to Jun 2020, the quadrants appointed 1 practitioner; vacancies of 25.5 FTE remained, the most in South East (18.5 FTE).", sentence);
    }
}
