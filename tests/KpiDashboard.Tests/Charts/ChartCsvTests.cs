using System.Globalization;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Csv;

namespace KpiDashboard.Tests.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void The_CSV_has_the_table_headings_then_raw_numbers_and_quotes_headings_with_commas()
    {
        var table = new ChartTable("Audits", "Quadrant and month", ["Inadequate", "Audits"],
        [
            new ChartTableRow("North East, Jun 2020", [new TableCell("7", CsvCell.Number(7)), new TableCell("1,213", CsvCell.Number(1213))]),
            new ChartTableRow("North West, Jun 2020", [TableCell.Empty, new TableCell("22", CsvCell.Number(22))]),
        ]);

        var csv = ChartCsv.Write(table);

        Assert.Equal("Quadrant and month,Inadequate,Audits\r\n\"North East, Jun 2020\",7,1213\r\n\"North West, Jun 2020\",,22\r\n", csv);
    }

    [Fact]
    public void Negative_figures_stay_numbers_while_words_that_would_run_as_formulas_are_made_inert()
    {
        var table = new ChartTable("Limits", "Month", ["Lower limit", "Class"],
        [
            new ChartTableRow("Jun 2020", [TableCell.Of(-0.5m, v => v.ToString(CultureInfo.InvariantCulture)), TableCell.Word("-special cause")]),
            new ChartTableRow("=HYPERLINK(\"http://x\")", [TableCell.Of(-3m, v => v.ToString(CultureInfo.InvariantCulture)), TableCell.Word("@common")]),
        ]);

        var csv = ChartCsv.Write(table);

        Assert.Equal("Month,Lower limit,Class\r\nJun 2020,-0.5,\"'-special cause\"\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3,\"'@common\"\r\n", csv);
    }
}
