using KpiDashboard.Web.Components.Charts;

namespace KpiDashboard.Tests.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void The_CSV_has_the_table_headings_then_raw_numbers_and_quotes_headings_with_commas()
    {
        var table = new ChartTable("Audits", "Quadrant and month", ["Inadequate", "Audits"],
        [
            new ChartTableRow("North East, Jun 2020", [new TableCell("7", "7"), new TableCell("1,213", "1213")]),
            new ChartTableRow("North West, Jun 2020", [TableCell.Empty, new TableCell("22", "22")]),
        ]);

        var csv = ChartCsv.Write(table);

        Assert.Equal("Quadrant and month,Inadequate,Audits\r\n\"North East, Jun 2020\",7,1213\r\n\"North West, Jun 2020\",,22\r\n", csv);
    }
}
