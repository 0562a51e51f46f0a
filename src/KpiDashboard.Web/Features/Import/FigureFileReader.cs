using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Streams the figures of a CSV file with CsvHelper, in either format, told apart by the header:
/// long (<c>period,area,metric,value[,numerator,denominator,status,note]</c>, one row per figure) or, given
/// the catalogue, wide (<c>period,metric,&lt;one column per area&gt;</c>, one figure per non-empty area cell).
/// Structural problems (wrong field count, bad quoting, bad encoding) are reported as errors. The work is bounded
/// whatever the file: lines, header width and rows are capped (<see cref="ImportLimits"/>), and reading stops once
/// the problems are (<see cref="ImportProblems"/>).
/// </summary>
public sealed class FigureFileReader(string fileName, ImportProblems errors, ImportCatalogue? catalogue = null, ImportLimits? limits = null)
{
    private readonly ImportLimits _limits = limits ?? new ImportLimits();

    public int BlankLines { get; private set; }
    public int EmptyTrailingColumns { get; private set; }

    public IEnumerable<RawRow> Read(Stream stream)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new BoundedLineReader(new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true),
            _limits.MaxLineCharacters);
        var badQuotes = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuotes = true,
            // Periods, areas and metric codes repeat on every row; one string each instead of a million.
            CacheFields = true,
            // A quoted cell may run over lines; it may still not be longer than a line may be.
            MaxFieldSize = _limits.MaxLineCharacters,
        };
        using var parser = new CsvParser(text, config);

        HeaderMap? header = null;
        WideHeader? wide = null;
        var excelRow = 0;
        while (!errors.IsFull && TryRead(parser, stream))
        {
            // Excel numbers records, blank ones included, so a quoted cell spanning lines is still one row.
            excelRow++;
            var record = parser.Record ?? [];
            if (IsBlank(record))
            {
                BlankLines++;
                continue;
            }

            // Blank rows cost nothing to skip; rows with cells are what an import keeps work and memory for.
            if (excelRow - BlankLines > _limits.MaxRows)
            {
                errors.Add(new ImportError(fileName, excelRow, "", "", string.Create(CultureInfo.InvariantCulture,
                    $"The file has more than {_limits.MaxRows:N0} rows, more than one import takes; split it into smaller files")));
                yield break;
            }

            if (badQuotes)
            {
                badQuotes = false;
                errors.Add(new ImportError(fileName, excelRow, "(row)", parser.RawRecord.TrimEnd(), "The row has unbalanced quotation marks; each quoted cell must start and end with \""));
                continue;
            }

            if (header is null && wide is null)
            {
                if (HeaderMap.UsedWidth(record) > _limits.MaxColumns)
                {
                    errors.Add(new ImportError(fileName, 1, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                        $"The header has {HeaderMap.UsedWidth(record):N0} columns; a file may have at most {_limits.MaxColumns:N0} (a wide file has one per area)")));
                    yield break;
                }

                if (catalogue is not null && WideHeader.IsWide(record))
                {
                    wide = WideHeader.Read(record, catalogue, fileName, errors);
                    EmptyTrailingColumns = wide.EmptyTrailingColumns;
                }
                else
                {
                    header = HeaderMap.Read(record, fileName, errors);
                    EmptyTrailingColumns = header.EmptyTrailingColumns;
                }

                if (errors.Count > 0)
                {
                    yield break;
                }

                continue;
            }

            if (!CheckWidth(record, wide?.Width ?? header!.Width, excelRow))
            {
                continue;
            }

            if (wide is null)
            {
                yield return ToRawRow(record, header!, excelRow);
                continue;
            }

            foreach (var area in wide.Areas)
            {
                if (area.Index < record.Length && record[area.Index].Trim().Length > 0)
                {
                    yield return new RawRow(excelRow, record[wide.PeriodIndex], area.Heading, record[wide.MetricIndex], record[area.Index], "", "", "", "")
                    {
                        ColumnLetters = area.ColumnLetters,
                    };
                }
            }
        }

        if (header is null && wide is null && errors.Count == 0)
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
        catch (LineTooLongException e)
        {
            errors.Add(new ImportError(fileName, e.Line, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                $"Line {e.Line} of the file is longer than {_limits.MaxLineCharacters:N0} characters, more than any row of figures needs; check that it is a CSV file of figures")));
            return false;
        }
        catch (MaxFieldSizeException)
        {
            errors.Add(new ImportError(fileName, parser.Row, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                $"A cell starting in row {parser.Row} is longer than {_limits.MaxLineCharacters:N0} characters; check for a quotation mark that is never closed")));
            return false;
        }
        catch (DecoderFallbackException)
        {
            // The decoder works a buffer ahead of the parser, so the row is found by scanning the bytes.
            var row = stream.CanSeek ? Utf8Scan.LineOfFirstInvalidByte(stream) : 0;
            errors.Add(new ImportError(fileName, row, "", "",
                "The file is not UTF-8 text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\", then upload again"));
            return false;
        }
    }

    private static bool IsBlank(string[] record)
    {
        foreach (var cell in record)
        {
            if (cell.Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool CheckWidth(string[] record, int width, int row)
    {
        var used = record.Length;
        while (used > width && record[used - 1].Length == 0)
        {
            used--;
        }

        if (used == width)
        {
            return true;
        }

        errors.Add(new ImportError(fileName, row, "(row)", string.Join(',', record), string.Create(CultureInfo.InvariantCulture,
            $"The row has {used} fields but the header has {width}; check for a missing or extra comma")));
        return false;
    }

    private static RawRow ToRawRow(string[] record, HeaderMap header, int row)
    {
        string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < record.Length ? record[i] : "";
        return new RawRow(row, Cell("period"), Cell("area"), Cell("metric"), Cell("value"),
            Cell("numerator"), Cell("denominator"), Cell("status"), Cell("note"));
    }
}
