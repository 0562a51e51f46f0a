using System.Buffers;
using System.Globalization;

namespace KpiDashboard.Web.Components.Csv;

/// <summary>
/// The app's one CSV writer, for every download and API answer. RFC 4180: cells separated by commas, CRLF after
/// every row, a cell quoted when it holds a comma, quote or line break, and quotes inside doubled. Text starting
/// with =, +, -, @, tab or carriage return would run as a formula when the file is opened in a spreadsheet, so it
/// is written with a leading apostrophe and quoted (OWASP's advice on CSV injection); numbers are written as they are.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>The text of a file written by <paramref name="write"/>.</summary>
    public static string ToText(Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(new CsvWriter(text));
        return text.ToString();
    }

    public void WriteHeader(params ReadOnlySpan<string> headings)
    {
        for (var i = 0; i < headings.Length; i++)
        {
            WriteSeparator(i);
            WriteText(headings[i]);
        }

        output.Write("\r\n");
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
                WriteText(cells[i].Content);
            }
        }

        output.Write("\r\n");
    }

    private void WriteSeparator(int index)
    {
        if (index > 0)
        {
            output.Write(',');
        }
    }

    private void WriteText(string text)
    {
        var runsAsFormula = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (!runsAsFormula && text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            output.Write(text);
            return;
        }

        output.Write(runsAsFormula ? "\"'" : "\"");
        output.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
