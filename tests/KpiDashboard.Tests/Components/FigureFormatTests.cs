using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Tests.Components;

public sealed class FigureFormatTests
{
    [Theory]
    [InlineData(2020, 6, "Jun 2020")]
    [InlineData(2018, 9, "Sep 2018")]
    public void Months_are_written_as_a_committee_paper_writes_them(int year, int month, string expected) =>
        Assert.Equal(expected, FigureFormat.Month(new DateOnly(year, month, 1)));

    [Theory]
    [InlineData(29.2, MetricUnit.Percent, "29.2%")]
    [InlineData(29, MetricUnit.Percent, "29%")]
    [InlineData(1213, MetricUnit.Count, "1,213")]
    [InlineData(7.5, MetricUnit.Fte, "7.5 FTE")]
    [InlineData(1, MetricUnit.Days, "1 day")]
    public void Values_are_formatted_by_unit(decimal value, MetricUnit unit, string expected) =>
        Assert.Equal(expected, FigureFormat.Value(value, unit));
}
