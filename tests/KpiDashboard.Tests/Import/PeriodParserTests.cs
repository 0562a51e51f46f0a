using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

public sealed class PeriodParserTests
{
    private static readonly DateOnly CurrentMonth = new(2026, 11, 1);

    [Theory]
    [InlineData("2020-06")]
    [InlineData("Jun-20")]
    [InlineData("Jun 2020")]
    [InlineData("June 2020")]
    [InlineData("06/2020")]
    [InlineData("01/06/2020")]
    [InlineData("1/6/2020")]
    [InlineData("30/06/2020")]
    [InlineData(" jun 2020 ")]
    public void Every_spreadsheet_form_of_June_2020_means_June_2020(string text)
    {
        Assert.True(PeriodParser.TryParse(text, CurrentMonth, out var period, out var problem), problem);
        Assert.Equal(new DateOnly(2020, 6, 1), period);
    }

    [Fact]
    public void Slashed_dates_are_read_day_first_never_month_first()
    {
        Assert.True(PeriodParser.TryParse("06/01/2020", CurrentMonth, out var period, out _));

        Assert.Equal(new DateOnly(2020, 1, 1), period);
    }

    [Fact]
    public void An_impossible_date_is_named_as_not_a_real_date()
    {
        Assert.False(PeriodParser.TryParse("31/06/2020", CurrentMonth, out _, out var problem));

        Assert.Equal($"'31/06/2020' is not a real date; expected {PeriodParser.Expected}", problem);
    }

    [Fact]
    public void Text_that_is_not_a_month_is_rejected()
    {
        Assert.False(PeriodParser.TryParse("Q1 2020", CurrentMonth, out _, out var problem));

        Assert.Equal($"'Q1 2020' is not a month; expected {PeriodParser.Expected}", problem);
    }

    [Fact]
    public void A_month_after_the_current_one_is_rejected()
    {
        Assert.False(PeriodParser.TryParse("2026-12", CurrentMonth, out _, out var problem));

        Assert.Equal("Dec 2026 is in the future; figures can only be loaded up to Nov 2026", problem);
    }
}
