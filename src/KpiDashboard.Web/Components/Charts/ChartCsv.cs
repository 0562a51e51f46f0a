using KpiDashboard.Web.Components.Csv;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>A chart's table as CSV: the same headings, UK month names, and raw numbers without units or separators.</summary>
public static class ChartCsv
{
    public static string Write(ChartTable table) => CsvWriter.ToText(csv =>
    {
        csv.WriteHeader([table.RowHeading, .. table.Columns]);
        foreach (var row in table.Rows)
        {
            csv.WriteRow([CsvCell.Text(row.Heading), .. row.Cells.Select(c => c.Csv)]);
        }
    });
}
