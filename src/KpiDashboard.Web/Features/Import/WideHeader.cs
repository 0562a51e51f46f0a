namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// The header of a wide file, <c>period,metric,&lt;one column per area&gt;</c>, with the areas named by
/// code or name. A header is wide when it has period and metric columns but neither area nor value.
/// </summary>
public sealed class WideHeader
{
    private WideHeader(int periodIndex, int metricIndex, int width, int emptyTrailingColumns, List<AreaColumn> areas)
    {
        PeriodIndex = periodIndex;
        MetricIndex = metricIndex;
        Width = width;
        EmptyTrailingColumns = emptyTrailingColumns;
        Areas = areas;
    }

    /// <summary>An area's column: its index, its heading as written, and how errors name its cells.</summary>
    public sealed record AreaColumn(int Index, string Heading, IReadOnlyDictionary<string, string> ColumnLetters);

    public int PeriodIndex { get; }
    public int MetricIndex { get; }
    public int Width { get; }
    public int EmptyTrailingColumns { get; }
    public IReadOnlyList<AreaColumn> Areas { get; }

    public static bool IsWide(string[] header)
    {
        var columns = header.Select(HeaderMap.Canonical).ToHashSet();
        return columns.Contains("period") && columns.Contains("metric") && !columns.Contains("area") && !columns.Contains("value");
    }

    public static WideHeader Read(string[] header, ImportCatalogue catalogue, string fileName, ImportProblems errors)
    {
        var width = HeaderMap.UsedWidth(header);
        var periodIndex = Array.FindIndex(header, h => HeaderMap.Canonical(h) == "period");
        var metricIndex = Array.FindIndex(header, h => HeaderMap.Canonical(h) == "metric");
        var areas = new List<AreaColumn>();
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < width; i++)
        {
            if (i == periodIndex || i == metricIndex)
            {
                continue;
            }

            var heading = header[i].Trim();
            var letter = HeaderMap.ColumnLetters(i);
            var area = catalogue.FindArea(heading);
            if (HeaderMap.Canonical(heading) is "period" or "metric")
            {
                var first = HeaderMap.Canonical(heading) == "period" ? periodIndex : metricIndex;
                errors.Add(new ImportError(fileName, 1, letter, heading,
                    $"The heading '{heading}' repeats column {HeaderMap.ColumnLetters(first)} ({HeaderMap.Canonical(heading)}); each column may appear once"));
            }
            else if (HeaderMap.Canonical(heading) is not null)
            {
                errors.Add(new ImportError(fileName, 1, letter, heading,
                    $"Unexpected column '{heading}'; a wide file has a period column, a metric column and one column per area"));
            }
            else if (area is null)
            {
                errors.Add(new ImportError(fileName, 1, letter, heading, heading.Length == 0
                    ? $"Column {letter} has no heading; expected an area code or name such as {catalogue.AreaExamples}"
                    : $"Unknown area '{heading}' heading column {letter}; expected an area code or name such as {catalogue.AreaExamples}"));
            }
            else if (!seen.TryAdd(area.Id, i))
            {
                errors.Add(new ImportError(fileName, 1, letter, heading,
                    $"The heading '{heading}' repeats column {HeaderMap.ColumnLetters(seen[area.Id])} ({area.Name}); each area may have one column"));
            }
            else
            {
                areas.Add(new AreaColumn(i, heading, new Dictionary<string, string>
                {
                    ["period"] = HeaderMap.ColumnLetters(periodIndex),
                    ["metric"] = HeaderMap.ColumnLetters(metricIndex),
                    ["area"] = letter,
                    ["value"] = letter,
                }));
            }
        }

        return new WideHeader(periodIndex, metricIndex, width, header.Length - width, areas);
    }
}
