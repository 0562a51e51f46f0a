using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Streams the rows of a long-format CSV (<c>period,area,metric,value[,numerator,denominator,status,note]</c>)
/// with CsvHelper, reporting structural problems (wrong field count, bad quoting, bad encoding) as errors.
/// </summary>
public sealed class LongFormatReader(string fileName, List<ImportError> errors)
{
    public int BlankLines { get; private set; }
    public int EmptyTrailingColumns { get; private set; }

    private bool _notUtf8;

    public IEnumerable<RawRow> Read(Stream stream)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var badQuotes = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuotes = true,
        };
        using var parser = new CsvParser(text, config);

        HeaderMap? header = null;
        var excelRow = 0;
        while (TryRead(parser, stream))
        {
            // Excel numbers records, blank ones included, so a quoted cell spanning lines is still one row.
            excelRow++;
            var record = parser.Record ?? [];
            if (record.All(cell => cell.Length == 0))
            {
                BlankLines++;
                continue;
            }

            if (badQuotes)
            {
                badQuotes = false;
                errors.Add(new ImportError(fileName, excelRow, "(row)", parser.RawRecord.TrimEnd(), "The row has unbalanced quotation marks; each quoted cell must start and end with \""));
                continue;
            }

            if (header is null)
            {
                header = HeaderMap.Read(record, fileName, errors);
                EmptyTrailingColumns = header.EmptyTrailingColumns;
                if (errors.Count > 0)
                {
                    yield break;
                }

                continue;
            }

            if (CheckWidth(record, header, excelRow))
            {
                yield return ToRawRow(record, header, excelRow);
            }
        }

        if (header is null && !_notUtf8)
        {
            errors.Add(new ImportError(fileName, 0, "", "", "The file is empty; expected a header row followed by one row per figure"));
        }
    }

    private bool TryRead(CsvParser parser, Stream stream)
    {
        try
        {
            return parser.Read();
        }
        catch (DecoderFallbackException)
        {
            // The decoder works a buffer ahead of the parser, so the row is found by scanning the bytes.
            _notUtf8 = true;
            var row = stream.CanSeek ? Utf8Scan.LineOfFirstInvalidByte(stream) : 0;
            errors.Add(new ImportError(fileName, row, "", "",
                "The file is not UTF-8 text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\", then upload again"));
            return false;
        }
    }

    private bool CheckWidth(string[] record, HeaderMap header, int row)
    {
        var used = record.Length;
        while (used > header.Width && record[used - 1].Length == 0)
        {
            used--;
        }

        if (used == header.Width)
        {
            return true;
        }

        errors.Add(new ImportError(fileName, row, "(row)", string.Join(',', record), string.Create(CultureInfo.InvariantCulture,
            $"The row has {used} fields but the header has {header.Width}; check for a missing or extra comma")));
        return false;
    }

    private static RawRow ToRawRow(string[] record, HeaderMap header, int row)
    {
        string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < record.Length ? record[i] : "";
        return new RawRow(row, Cell("period"), Cell("area"), Cell("metric"), Cell("value"),
            Cell("numerator"), Cell("denominator"), Cell("status"), Cell("note"));
    }
}
