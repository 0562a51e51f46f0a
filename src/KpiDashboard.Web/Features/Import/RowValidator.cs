using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>Checks one long-format row against the catalogue and the rules for its metric's unit.</summary>
public sealed class RowValidator(ImportCatalogue catalogue, DateOnly currentMonth, string fileName)
{
    public bool TryValidate(RawRow row, List<ImportError> errors, out StagedObservation staged)
    {
        staged = default;
        var errorCount = errors.Count;
        void Fail(string column, string value, string message) =>
            errors.Add(new ImportError(fileName, row.Row, column, value, message));

        foreach (var (column, value) in NamedCells(row))
        {
            if (CellRules.FindProblem(value, isNameOrNumber: column != "note") is { } problem)
            {
                Fail(column, value, problem);
            }
        }

        if (errors.Count > errorCount)
        {
            return false;
        }

        var metric = catalogue.FindMetric(row.Metric);
        if (metric is null)
        {
            Fail("metric", row.Metric, row.Metric.Trim().Length == 0
                ? "The metric is missing; expected a metric code from the catalogue"
                : $"Unknown metric '{row.Metric.Trim()}'; expected a metric code from the catalogue such as {catalogue.MetricExamples}");
        }

        var area = catalogue.FindArea(row.Area);
        if (area is null)
        {
            Fail("area", row.Area, row.Area.Trim().Length == 0
                ? $"The area is missing; expected one of {catalogue.AreaExamples}"
                : $"Unknown area '{row.Area.Trim()}'; expected an area code or name such as {catalogue.AreaExamples}");
        }

        if (!PeriodParser.TryParse(row.Period, currentMonth, out var period, out var periodProblem))
        {
            Fail("period", row.Period, periodProblem);
        }

        if (metric is null || area is null || errors.Count > errorCount)
        {
            return false;
        }

        var figures = new FigureRules(metric, Fail).Check(row);
        if (figures is null)
        {
            return false;
        }

        var note = row.Note.Trim();
        staged = new StagedObservation(row.Row, metric.Id, area.Id, period,
            figures.Value.Value, figures.Value.Numerator, figures.Value.Denominator, figures.Value.Status,
            note.Length == 0 ? null : note);
        return true;
    }

    private static IEnumerable<(string Column, string Value)> NamedCells(RawRow row) =>
    [
        ("period", row.Period), ("area", row.Area), ("metric", row.Metric), ("value", row.Value),
        ("numerator", row.Numerator), ("denominator", row.Denominator), ("status", row.Status), ("note", row.Note),
    ];
}

/// <summary>Problems any cell can have, whatever its column.</summary>
internal static class CellRules
{
    public static string? FindProblem(string value, bool isNameOrNumber)
    {
        if (value.Any(c => char.IsControl(c) && c is not '\t' && (isNameOrNumber || c is not ('\r' or '\n'))))
        {
            var code = (int)value.First(c => char.IsControl(c) && c is not '\t');
            return string.Create(CultureInfo.InvariantCulture,
                $"The cell contains a control character (code {code}); expected plain text");
        }

        var trimmed = value.TrimStart();
        if (isNameOrNumber && trimmed.Length > 0 && trimmed[0] is '=' or '+' or '@')
        {
            return $"'{value.Trim()}' looks like a spreadsheet formula; expected a plain value (paste values only)";
        }

        return null;
    }
}
