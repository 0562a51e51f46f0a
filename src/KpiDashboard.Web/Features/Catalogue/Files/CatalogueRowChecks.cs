using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Turns one file's cells into rows in written form, naming every problem by file, row and column: a required cell
/// left empty, a cell of the wrong kind, a measure or area that neither the files nor the database hold, a row given
/// twice. <paramref name="metrics"/> and <paramref name="areas"/> are the codes known from the database and the files.
/// </summary>
public sealed class CatalogueRowChecks(CatalogueFile file, ImportProblems problems, IReadOnlySet<string> metrics, IReadOnlySet<string> areas)
{
    public List<CatalogueRow> Check(IEnumerable<(int Row, string[] Cells)> rows)
    {
        var checkedRows = new List<CatalogueRow>();
        var firstRowOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (row, cells) in rows)
        {
            order++;
            var written = new string[cells.Length];
            var ok = true;
            for (var i = 0; i < cells.Length; i++)
            {
                var value = CheckCell(file.Columns[i], row, cells[i]);
                ok &= value is not null;
                written[i] = value ?? "";
            }

            if (!ok)
            {
                continue;
            }

            var candidate = new CatalogueRow(row, written, file.Ordered ? order : 0);
            if (!firstRowOfKey.TryAdd(candidate.Key(file), row))
            {
                Add(row, file.Columns[0].Name, written[0], $"{candidate.Describe(file)} is already given in row {firstRowOfKey[candidate.Key(file)]}; give each once");
                continue;
            }

            if (RowProblem(candidate) is { } problem)
            {
                Add(row, problem.Column, problem.Value, problem.Message);
                continue;
            }

            checkedRows.Add(candidate);
        }

        return checkedRows;
    }

    private string? CheckCell(CatalogueColumn column, int row, string raw)
    {
        if (raw.Length == 0)
        {
            if (column.Optional)
            {
                return "";
            }

            Add(row, column.Name, "", $"the {column.Name} is missing; every row needs one");
            return null;
        }

        var (value, expected) = CatalogueCells.Read(column.Kind, raw);
        if (value is null)
        {
            Add(row, column.Name, raw, $"found '{raw}', expected {expected}");
            return null;
        }

        var known = column.Kind switch
        {
            CellKind.Metric => metrics.Contains(value) ? null : $"there is no measure '{value}' in {CatalogueFile.Metrics} or the catalogue",
            CellKind.Area => areas.Contains(value) ? null : $"there is no area '{value}' in {CatalogueFile.Areas} or the catalogue",
            _ => null,
        };
        if (known is not null)
        {
            Add(row, column.Name, raw, known);
            return null;
        }

        return value;
    }

    /// <summary>What one file's rows must agree on within themselves (the catalogue's own rules check the rest).</summary>
    private (string Column, string Value, string Message)? RowProblem(CatalogueRow row) => file.Name switch
    {
        CatalogueFile.Areas when row.Cells[3] == row.Cells[0] => ("parent", row.Cells[3], "an area cannot be its own parent"),
        CatalogueFile.RollupParts when row.Cells[1] == row.Cells[0] => ("part", row.Cells[1], "a measure cannot be a part of itself"),
        CatalogueFile.SpcBaselines when string.CompareOrdinal(row.Cells[3], row.Cells[2]) < 0 =>
            ("last_month", row.Cells[3], $"the baseline ends before it starts ({row.Cells[2]}); give a last month on or after the first"),
        _ => null,
    };

    private void Add(int row, string column, string value, string message) =>
        problems.Add(new ImportError(file.Name, row, column, value, message));
}
