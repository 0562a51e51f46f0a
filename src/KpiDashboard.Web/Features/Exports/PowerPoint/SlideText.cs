using System.Text;
using KpiDashboard.Web.Components.Charts;
using A = DocumentFormat.OpenXml.Drawing;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>DrawingML paragraphs from plain text: one per line, characters XML cannot hold left out.</summary>
internal static class SlideText
{
    public static A.Paragraph Paragraph(string text, int size, bool bold = false, string? colour = null)
    {
        var properties = new A.RunProperties { Language = "en-GB", FontSize = size, Bold = bold, Dirty = false };
        if (colour is not null)
        {
            properties.Append(new A.SolidFill(new A.RgbColorModelHex { Val = colour }));
        }

        var paragraph = new A.Paragraph();
        var clean = Clean(text);
        if (clean.Length > 0)
        {
            paragraph.Append(new A.Run(properties, new A.Text(clean)));
        }

        paragraph.Append(new A.EndParagraphRunProperties { Language = "en-GB", FontSize = size, Dirty = false });
        return paragraph;
    }

    /// <summary>One paragraph per line of the text; always at least one (a text body without a paragraph is a repair prompt).</summary>
    public static IEnumerable<A.Paragraph> Paragraphs(string? text, int size)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n');
        return lines.Select(line => Paragraph(line, size));
    }

    /// <summary>The figures as a text table: a line of column headings, then a line per row, cells separated by tabs.</summary>
    public static IEnumerable<string> Table(ChartTable table)
    {
        yield return table.Caption;
        yield return string.Join('\t', [table.RowHeading, .. table.Columns]);
        foreach (var row in table.Rows)
        {
            yield return string.Join('\t', [row.Heading, .. row.Cells.Select(c => c.Text)]);
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
