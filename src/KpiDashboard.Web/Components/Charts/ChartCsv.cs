using System.Globalization;
using CsvHelper;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>A chart's table as CSV: the same headings, UK month names, and raw numbers without units or separators.</summary>
public static class ChartCsv
{
    public static string Write(ChartTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteField(table.RowHeading);
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                csv.WriteField(row.Heading);
                foreach (var cell in row.Cells)
                {
                    csv.WriteField(cell.Raw);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
