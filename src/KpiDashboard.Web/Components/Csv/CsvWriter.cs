using System.Buffers;
using System.Globalization;

namespace KpiDashboard.Web.Components.Csv;

/// <summary>
/// The app's one CSV writer, for every download and API answer. RFC 4180: cells separated by commas, CRLF after
/// every row, a cell quoted when it holds a comma, quote or line break, and quotes inside doubled. Text starting
/// with =, +, -, @, tab or carriage return would run as a formula when the file is opened in a spreadsheet, so it
/// is written with a leading apostrophe and quoted (OWASP's advice on CSV injection); numbers are written as they are.
/// In <see cref="CsvStyle.Seed"/> style (the catalogue files, which the app reads back) rows end in \n and text is
/// written exactly as it is, since an apostrophe added for a spreadsheet would come back as part of the text.
/// A <see cref="CsvCell.FreeText"/> cell is always quoted, in either style.
/// </summary>
public sealed class CsvWriter(TextWriter output, CsvStyle style = CsvStyle.Download)
{
    private readonly string _lineEnd = style == CsvStyle.Seed ? "\n" : "\r\n";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>The text of a file written by <paramref name="write"/>.</summary>
    public static string ToText(Action<CsvWriter> write, CsvStyle style = CsvStyle.Download)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(new CsvWriter(text, style));
        return text.ToString();
    }

    public void WriteHeader(params ReadOnlySpan<string> headings)
    {
        for (var i = 0; i < headings.Length; i++)
        {
            WriteSeparator(i);
            WriteText(headings[i], alwaysQuote: false);
        }

        output.Write(_lineEnd);
    }

    public void WriteRow(params ReadOnlySpan<CsvCell> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            WriteSeparator(i);
            if (cells[i].IsNumber)
            {
                output.Write(cells[i].Content);
            }
            else
            {
                WriteText(cells[i].Content, cells[i].IsFreeText);
            }
        }

        output.Write(_lineEnd);
    }

    private void WriteSeparator(int index)
    {
        if (index > 0)
        {
            output.Write(',');
        }
    }

    private void WriteText(string text, bool alwaysQuote)
    {
        var runsAsFormula = style == CsvStyle.Download && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (!alwaysQuote && !runsAsFormula && text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            output.Write(text);
            return;
        }

        output.Write(runsAsFormula ? "\"'" : "\"");
        output.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
