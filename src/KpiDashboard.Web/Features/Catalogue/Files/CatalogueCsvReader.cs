using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Reads one catalogue file's cells by heading, with the figures' limits: strict UTF-8 (a BOM is accepted), lines and
/// rows capped (<see cref="ImportLimits"/>), every heading known and every required one present, every row as wide as
/// the header. Each cell is trimmed; problems go to <paramref name="problems"/> and the rows found are returned.
/// </summary>
public sealed class CatalogueCsvReader(CatalogueFile file, ImportProblems problems, ImportLimits limits)
{
    public const int MaxRows = 100_000;

    public List<(int Row, string[] Cells)> Read(byte[] bytes)
    {
        var rows = new List<(int, string[])>();
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var stream = new MemoryStream(bytes, writable: false);
        using var text = new BoundedLineReader(new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true), limits.MaxLineCharacters);
        var badQuotes = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuotes = true,
            MaxFieldSize = limits.MaxLineCharacters,
        };
        using var parser = new CsvParser(text, config);
        int[]? columns = null;
        var excelRow = 0;
        while (!problems.IsFull && TryRead(parser, stream))
        {
            excelRow++;
            var record = parser.Record ?? [];
            if (record.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                Add(excelRow, "(row)", "", string.Create(CultureInfo.InvariantCulture, $"the file has more than {MaxRows:N0} rows, more than any catalogue needs"));
                break;
            }

            if (badQuotes)
            {
                badQuotes = false;
                Add(excelRow, "(row)", "", "the row has unbalanced quotation marks; each quoted cell must start and end with \"");
                continue;
            }

            if (columns is null)
            {
                columns = ReadHeader(record);
                if (columns is null)
                {
                    return [];
                }

                continue;
            }

            var used = record.Length;
            while (used > 0 && record[used - 1].Trim().Length == 0 && used > columns.Length)
            {
                used--;
            }

            if (used != columns.Length)
            {
                Add(excelRow, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                    $"the row has {used} fields but the header has {columns.Length}; check for a missing or extra comma"));
                continue;
            }

            var cells = new string[file.Columns.Count];
            for (var i = 0; i < columns.Length; i++)
            {
                cells[columns[i]] = record[i].Trim();
            }

            rows.Add((excelRow, cells));
        }

        if (columns is null && problems.Count == 0)
        {
            Add(0, "", "", $"the file is empty; expected the header {string.Join(',', file.Columns.Select(c => c.Name))} and a row per {file.What}");
        }

        return rows;
    }

    /// <summary>For each column of the file, which of <see cref="CatalogueFile.Columns"/> it is; null after a problem.</summary>
    private int[]? ReadHeader(string[] record)
    {
        var used = record.Length;
        while (used > 0 && record[used - 1].Trim().Length == 0)
        {
            used--;
        }

        var expected = string.Join(',', file.Columns.Select(c => c.Name));
        var indexes = new int[used];
        var seen = new HashSet<int>();
        for (var i = 0; i < used; i++)
        {
            var heading = record[i].Trim().TrimStart('\uFEFF');
            var index = file.Columns.ToList().FindIndex(c => string.Equals(c.Name, heading, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                Add(1, heading, heading, $"this column is not one of {file.Name}'s; expected {expected}");
            }
            else if (!seen.Add(index))
            {
                Add(1, heading, heading, "this column appears twice in the header");
            }

            indexes[i] = index;
        }

        foreach (var missing in file.Columns.Where((_, i) => !seen.Contains(i)))
        {
            Add(1, missing.Name, "", $"the header has no {missing.Name} column; expected {expected}");
        }

        return problems.Count == 0 ? indexes : null;
    }

    private bool TryRead(CsvParser parser, Stream stream)
    {
        try
        {
            return parser.Read();
        }
        catch (LineTooLongException e)
        {
            Add(e.Line, "(row)", "", string.Create(CultureInfo.InvariantCulture, $"line {e.Line} is longer than {limits.MaxLineCharacters:N0} characters, more than any catalogue row needs"));
            return false;
        }
        catch (MaxFieldSizeException)
        {
            Add(parser.Row, "(row)", "", string.Create(CultureInfo.InvariantCulture,
                $"a cell starting in row {parser.Row} is longer than {limits.MaxLineCharacters:N0} characters; check for a quotation mark that is never closed"));
            return false;
        }
        catch (DecoderFallbackException)
        {
            Add(Utf8Scan.LineOfFirstInvalidByte(stream), "", "",
                "the file is not UTF-8 text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\"");
            return false;
        }
    }

    private void Add(int row, string column, string value, string message) =>
        problems.Add(new ImportError(file.Name, row, column, value, message));
}
