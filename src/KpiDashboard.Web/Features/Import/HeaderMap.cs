namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Works out which column holds what from the header row: names are matched case-insensitively
/// after trimming, with the synonyms analysts use (month → period, quadrant → area, kpi → metric).
/// </summary>
public sealed class HeaderMap
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["period"] = "period", ["month"] = "period", ["date"] = "period",
        ["area"] = "area", ["quadrant"] = "area", ["area code"] = "area",
        ["metric"] = "metric", ["indicator"] = "metric", ["kpi"] = "metric", ["measure"] = "metric",
        ["value"] = "value", ["figure"] = "value",
        ["numerator"] = "numerator", ["denominator"] = "denominator",
        ["status"] = "status", ["note"] = "note", ["notes"] = "note", ["comment"] = "note",
    };

    public static readonly string[] Required = ["period", "area", "metric", "value"];

    private readonly Dictionary<string, int> _indexes = [];

    /// <summary>Trailing columns with neither a heading nor any data, which are ignored.</summary>
    public int EmptyTrailingColumns { get; private set; }

    /// <summary>How many fields a data row may have: the header's, without its empty trailing columns.</summary>
    public int Width { get; private set; }

    public int IndexOf(string column) => _indexes.GetValueOrDefault(column, -1);

    /// <summary>The column a heading names (<c>Month</c> → <c>period</c>), or null for any other heading.</summary>
    public static string? Canonical(string heading) => Synonyms.GetValueOrDefault(heading.Trim());

    /// <summary>How many of a header's cells are in use: trailing cells with no heading do not count.</summary>
    public static int UsedWidth(string[] header)
    {
        var width = header.Length;
        while (width > 0 && header[width - 1].Trim().Length == 0)
        {
            width--;
        }

        return width;
    }

    public static HeaderMap Read(string[] header, string fileName, ImportProblems errors)
    {
        var map = new HeaderMap();
        var width = UsedWidth(header);

        map.Width = width;
        map.EmptyTrailingColumns = header.Length - width;
        for (var i = 0; i < width; i++)
        {
            var name = header[i].Trim();
            var column = ColumnLetters(i);
            if (!Synonyms.TryGetValue(name, out var canonical))
            {
                errors.Add(new ImportError(fileName, 1, column, name, name.Length == 0
                    ? $"Column {column} has no heading; expected one of period, area, metric, value, numerator, denominator, status, note"
                    : $"Unexpected column '{name}'; expected period, area, metric, value and optionally numerator, denominator, status, note"));
            }
            else if (!map._indexes.TryAdd(canonical, i))
            {
                errors.Add(new ImportError(fileName, 1, column, name,
                    $"The heading '{name}' repeats column {ColumnLetters(map._indexes[canonical])} ({canonical}); each column may appear once"));
            }
        }

        foreach (var missing in Required.Where(r => !map._indexes.ContainsKey(r)))
        {
            errors.Add(new ImportError(fileName, 1, missing, "", $"The header has no '{missing}' column; expected the columns {string.Join(", ", Required)}"));
        }

        return map;
    }

    /// <summary>Excel's column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
