using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using static KpiDashboard.Web.Features.Catalogue.Files.CatalogueCells;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Checks the rows of the files with the catalogue's own rules, the ones the admin pages use (<see cref="MeasureRules"/>,
/// <see cref="RollupRules"/>, <see cref="TargetRules"/>, <see cref="AreaRules"/>, <see cref="ComparatorRules"/>,
/// <see cref="BaselineRules"/>), against the catalogue as it would be after the import: the database's rows with the
/// files' rows over them. Each problem names the file, row and column it comes from.
/// </summary>
public sealed class CatalogueRuleChecks(Dictionary<string, List<CatalogueRow>> current, Dictionary<string, List<CatalogueRow>> given, List<ImportError> problems)
{
    public void Check()
    {
        var metrics = Merged(CatalogueFile.Metrics);
        var parts = current[CatalogueFile.RollupParts].Concat(Given(CatalogueFile.RollupParts)).DistinctBy(r => string.Join(',', r.Cells)).ToList();
        CheckMeasures(metrics, parts);
        CheckRollups(metrics, parts);
        CheckTargets(metrics);
        CheckAreas();
        CheckComparators();
        CheckBaselines(metrics);
    }

    private void CheckMeasures(Dictionary<string, CatalogueRow> metrics, List<CatalogueRow> parts)
    {
        var stored = current[CatalogueFile.Metrics].Select(r => r.Cells[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in Given(CatalogueFile.Metrics))
        {
            var code = row.Cells[0];
            var partOf = parts.Where(p => p.Cells[1] == code).Select(p => p.Cells[0]).Distinct().ToList();
            // A code is a row's key, so it never changes here; figures only matter to a change of code.
            var context = new MeasureContext(stored, stored.Contains(code) || partOf.Count > 0 ? code : null, HasFigures: false, partOf);
            Add(CatalogueFile.Metrics, row, MeasureRules.Check(Draft(row), context));
        }
    }

    private void CheckRollups(Dictionary<string, CatalogueRow> metrics, List<CatalogueRow> parts)
    {
        var rollupOf = metrics.ToDictionary(m => m.Key, m => ParseEnum<Rollup>(m.Value.Cells[9]), StringComparer.Ordinal);
        var touched = Given(CatalogueFile.Metrics).Select(r => r.Cells[0]).Concat(Given(CatalogueFile.RollupParts).Select(r => r.Cells[0])).Distinct();
        foreach (var code in touched)
        {
            var drafts = parts.Where(p => p.Cells[0] == code).Select(p => new PartDraft(p.Cells[1], ParseEnum<PartRole>(p.Cells[2]))).ToList();
            var found = RollupRules.Check(code, rollupOf[code], drafts, rollupOf);
            // Named where the rule was given: the first part row for this measure in rollup-parts.csv, or else its row in metrics.csv.
            if (Given(CatalogueFile.RollupParts).FirstOrDefault(p => p.Cells[0] == code) is { } partRow)
            {
                Add(CatalogueFile.RollupParts, partRow, found);
            }
            else
            {
                Add(CatalogueFile.Metrics, metrics[code], found.Select(p => p with { Field = CatalogueFields.Rollup }).ToList());
            }
        }
    }

    private void CheckTargets(Dictionary<string, CatalogueRow> metrics)
    {
        var areas = Merged(CatalogueFile.Areas).Keys.ToList();
        foreach (var row in Given(CatalogueFile.Targets))
        {
            var draft = new TargetDraft(ParseMonth(row.Cells[2]), row.Cells[1].Length == 0 ? null : row.Cells[1],
                ParseNumber(row.Cells[3]), ParseNumber(row.Cells[4]), ParseNumber(row.Cells[5]));
            var found = TargetRules.Check(draft, new TargetContext(ParseEnum<Polarity>(metrics[row.Cells[0]].Cells[5]), areas, []));
            Add(CatalogueFile.Targets, row, [.. found.Select(p => p.Field == CatalogueFields.Polarity ? p with { Field = "metric" } : p)]);
        }
    }

    private void CheckAreas()
    {
        var stored = current[CatalogueFile.Areas].Select(r => r.Cells[0]).ToHashSet(StringComparer.Ordinal);
        var all = Merged(CatalogueFile.Areas).Values.Select(AreaEntryOf).ToList();
        foreach (var row in Given(CatalogueFile.Areas))
        {
            var entry = AreaEntryOf(row);
            var found = stored.Contains(entry.Code)
                ? AreaRules.ProblemsWithChange(entry.Code, entry, all, currentHasFigures: false)
                : AreaRules.ProblemsWithNew(entry, [.. all.Where(a => a.Code != entry.Code)]);
            Add(CatalogueFile.Areas, row, found, new()
            {
                [nameof(AreaEntry.Code)] = "code", [nameof(AreaEntry.Name)] = "name", [nameof(AreaEntry.Kind)] = "kind", [nameof(AreaEntry.ParentCode)] = "parent",
            });
        }
    }

    private void CheckComparators()
    {
        var stored = current[CatalogueFile.Comparators].Select(r => r.Cells[0]).ToHashSet(StringComparer.Ordinal);
        var all = Merged(CatalogueFile.Comparators).Values.Select(r => new ComparatorEntry(r.Cells[0], r.Cells[1], r.Order)).ToList();
        foreach (var row in Given(CatalogueFile.Comparators))
        {
            var entry = new ComparatorEntry(row.Cells[0], row.Cells[1], row.Order);
            var found = stored.Contains(entry.Code)
                ? ComparatorRules.ProblemsWithChange(entry.Code, entry, all, currentHasBenchmarks: false)
                : ComparatorRules.ProblemsWithNew(entry, [.. all.Where(c => c.Code != entry.Code)]);
            Add(CatalogueFile.Comparators, row, found, new() { [nameof(ComparatorEntry.Code)] = "code", [nameof(ComparatorEntry.Name)] = "name" });
        }
    }

    private void CheckBaselines(Dictionary<string, CatalogueRow> metrics)
    {
        var metricCodes = metrics.Keys.ToHashSet(StringComparer.Ordinal);
        var areaCodes = Merged(CatalogueFile.Areas).Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var row in Given(CatalogueFile.SpcBaselines))
        {
            var entry = new BaselineEntry(row.Cells[0], row.Cells[1].Length == 0 ? null : row.Cells[1], ParseMonth(row.Cells[2]), ParseMonth(row.Cells[3]));
            Add(CatalogueFile.SpcBaselines, row, BaselineRules.Problems(entry, metricCodes, areaCodes), new()
            {
                [nameof(BaselineEntry.MetricCode)] = "metric", [nameof(BaselineEntry.AreaCode)] = "area",
                [nameof(BaselineEntry.FirstMonth)] = "first_month", [nameof(BaselineEntry.LastMonth)] = "last_month",
            });
        }
    }

    private static MeasureDraft Draft(CatalogueRow row)
    {
        var c = row.Cells;
        return new MeasureDraft(c[0], c[1], c[2], c[11], ParseEnum<MetricUnit>(c[3]), ParseWhole(c[4])!.Value, ParseEnum<Polarity>(c[5]),
            ParseEnum<ReportingFrequency>(c[6]), ParseWhole(c[7])!.Value, c[8] == "yes", ParseEnum<Rollup>(c[9]));
    }

    private static AreaEntry AreaEntryOf(CatalogueRow r) =>
        new(r.Cells[0], r.Cells[1], ParseEnum<AreaKind>(r.Cells[2]), r.Cells[3].Length == 0 ? null : r.Cells[3], r.Order);

    private List<CatalogueRow> Given(string file) => given.GetValueOrDefault(file, []);

    /// <summary>The rows of a file keyed by code as they would be after the import: the database's, with the file's over them.</summary>
    private Dictionary<string, CatalogueRow> Merged(string file)
    {
        var rows = current[file].ToDictionary(r => r.Cells[0], StringComparer.Ordinal);
        foreach (var row in Given(file))
        {
            rows[row.Cells[0]] = row;
        }

        return rows;
    }

    private void Add(string file, CatalogueRow row, IReadOnlyList<RuleProblem> found)
    {
        foreach (var problem in found)
        {
            problems.Add(new ImportError(file, row.Row, problem.Field, CellOf(file, row, problem.Field), LowerFirst(problem.Sentence)));
        }
    }

    private void Add(string file, CatalogueRow row, IReadOnlyList<RuleProblem> found, Dictionary<string, string> columns) =>
        Add(file, row, [.. found.Select(p => new RuleProblem(columns.GetValueOrDefault(p.Field, p.Field), p.Sentence))]);

    private static string CellOf(string file, CatalogueRow row, string column)
    {
        var index = CatalogueFile.Find(file)!.Columns.ToList().FindIndex(c => c.Name == column);
        return index >= 0 ? row.Cells[index] : "";
    }

    private static string LowerFirst(string sentence) =>
        sentence.Length > 1 && char.IsUpper(sentence[0]) && !char.IsUpper(sentence[1]) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
}
