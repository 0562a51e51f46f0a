using KpiDashboard.Web.Features.Publication;
using static KpiDashboard.Tests.Publication.Grids;

namespace KpiDashboard.Tests.Publication;

public sealed class DerivedVisibilityTests
{
    private static readonly DateOnly April = May.AddMonths(-1);
    private static readonly DateOnly June = May.AddMonths(1);

    private static DerivedVisibility Series(Audience audience, params SeriesPoint[] points) => DerivedVisibility.FromSeries(points, audience);

    [Fact]
    public void A_month_on_month_change_is_shown_publicly_only_when_both_months_are()
    {
        var derived = Series(Audience.Public, new(April, true, false), new(May, true, true), new(June, true, false), new(June.AddMonths(1), true, false));

        Assert.False(derived.MayShowMonthOnMonth(May));
        Assert.False(derived.MayShowMonthOnMonth(June));
        Assert.True(derived.MayShowMonthOnMonth(June.AddMonths(1)));
        Assert.False(derived.MayShowMonthOnMonth(April));
    }

    [Fact]
    public void A_year_on_year_change_is_shown_publicly_only_when_both_years_are()
    {
        var lastYear = May.AddMonths(-12);
        var shown = Series(Audience.Public, new(lastYear, true, false), new(May, true, false));
        var hidden = Series(Audience.Public, new(lastYear, true, true), new(May, true, false));

        Assert.True(shown.MayShowYearOnYear(May));
        Assert.False(hidden.MayShowYearOnYear(May));
    }

    [Fact]
    public void A_suppressed_point_is_a_gap_and_takes_the_series_spc_signals_away_from_the_public()
    {
        var derived = Series(Audience.Public, new(April, true, false), new(May, true, true));

        Assert.True(derived.MayPlot(April));
        Assert.False(derived.MayPlot(May));
        Assert.False(derived.MayShowSpcSignals);
    }

    [Fact]
    public void The_internal_audience_sees_every_point_change_and_signal()
    {
        var derived = Series(Audience.Internal, new(April, true, true), new(May, true, true));

        Assert.True(derived.MayPlot(May));
        Assert.True(derived.MayShowMonthOnMonth(May));
        Assert.True(derived.MayShowSpcSignals);
    }

    [Fact]
    public void A_month_without_a_figure_is_not_plotted_but_does_not_take_the_spc_signals_away()
    {
        var derived = Series(Audience.Public, new(April, false, false), new(May, true, false));

        Assert.False(derived.MayPlot(April));
        Assert.False(derived.MayShowMonthOnMonth(May));
        Assert.True(derived.MayShowSpcSignals);
    }

    [Fact]
    public void The_plan_reads_a_series_of_the_grid_for_the_public()
    {
        var cells = Quadrant("missing", 3, 10, 0, 7, April).Concat(Quadrant("missing", 8, 10, 0, 7, May));
        var plan = Decide(cells, MetricRule.Count("missing"));

        var northEast = plan.DerivedFor("missing", "NE", Audience.Public);
        var northWest = plan.DerivedFor("missing", "NW", Audience.Public);

        Assert.False(northEast.MayShowMonthOnMonth(May));
        Assert.False(northEast.MayShowSpcSignals);
        Assert.True(northWest.MayShowMonthOnMonth(May));
        Assert.True(northWest.MayShowSpcSignals);
    }
}
