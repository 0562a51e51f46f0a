using KpiDashboard.Web.Components.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>A slide's figures as a real PowerPoint table (a heading row, then a row per measure or area), for slides without a chart.</summary>
internal static class SlideTable
{
    private const string Header = "EEF1F5";
    private const string Rule = "999999";

    public static P.GraphicFrame Frame(uint id, ChartTable table, long x, long y, long width, long height)
    {
        var rows = table.Rows.Count + 1;
        var rowHeight = Math.Min(370840L, height / rows);
        var size = rows <= 10 ? 1100 : rows <= 16 ? 1000 : 800;

        var grid = new A.TableGrid(Widths(table, width).Select(w => new A.GridColumn { Width = w }));
        var drawn = new A.Table(new A.TableProperties { FirstRow = true }, grid);
        drawn.Append(Row([table.RowHeading, .. table.Columns], rowHeight, size, heading: true));
        foreach (var row in table.Rows)
        {
            drawn.Append(Row([row.Heading, .. row.Cells.Select(c => c.Text)], rowHeight, size, heading: false));
        }

        return new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = "Figures", Description = table.Caption },
                new P.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = rowHeight * rows }),
            new A.Graphic(new A.GraphicData(drawn) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" }));
    }

    /// <summary>Each column as wide as its longest text asks (so few cells wrap), the headings' column at least a quarter.</summary>
    private static List<long> Widths(ChartTable table, long width)
    {
        var longest = new List<int> { Math.Max(table.RowHeading.Length, table.Rows.Select(r => r.Heading.Length).DefaultIfEmpty(0).Max()) };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = i;
            // Headings are bold and may wrap onto two lines past 14 characters.
            longest.Add(Math.Max((int)Math.Ceiling(Math.Min(table.Columns[i].Length, 14) * 1.3), table.Rows.Select(r => column < r.Cells.Count ? r.Cells[column].Text.Length : 0).DefaultIfEmpty(0).Max()));
        }

        var weights = longest.Select(l => (double)Math.Max(l, 7)).ToList();
        weights[0] = Math.Max(weights[0], weights.Sum() / 3);
        var total = weights.Sum();
        return [.. weights.Select(w => (long)(width * w / total))];
    }

    private static A.TableRow Row(IReadOnlyList<string> cells, long height, int size, bool heading)
    {
        var row = new A.TableRow { Height = height };
        foreach (var (text, index) in cells.Select((t, i) => (t, i)))
        {
            var paragraph = SlideText.Paragraph(text, size, bold: heading || index == 0);
            paragraph.PrependChild(new A.ParagraphProperties { Alignment = index == 0 ? A.TextAlignmentTypeValues.Left : A.TextAlignmentTypeValues.Right });
            var properties = new A.TableCellProperties(
                new A.BottomBorderLineProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Rule })) { Width = 6350 })
            {
                LeftMargin = 45720, RightMargin = 45720, TopMargin = 22860, BottomMargin = 22860,
            };
            if (heading)
            {
                properties.Append(new A.SolidFill(new A.RgbColorModelHex { Val = Header }));
            }

            row.Append(new A.TableCell(new A.TextBody(new A.BodyProperties(), new A.ListStyle(), paragraph), properties));
        }

        return row;
    }
}
