using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Checks the rows of one file against the catalogue and the rules for each metric's unit. One validator
/// serves one file: it remembers what it needs across rows (the style of each percentage metric's values).
/// </summary>
public sealed class RowValidator(ImportCatalogue catalogue, DateOnly currentMonth, string fileName)
{
    private readonly Dictionary<int, FigureRules> _rulesByMetric = [];
    private readonly PercentStyles _percentStyles = new();
    private (string Text, DateOnly Period) _lastPeriod = ("", default);
    // The row being checked, so that one Fail method (and one FigureRules per metric) serves every row.
    private RawRow? _row;
    private ImportProblems _errors = new("");
    private bool _failed;

    public bool TryValidate(RawRow row, ImportProblems errors, out StagedObservation staged)
    {
        staged = default;
        (_row, _errors, _failed) = (row, errors, false);
        CheckCell("period", row.Period);
        CheckCell("area", row.Area);
        CheckCell("metric", row.Metric);
        CheckCell("value", row.Value);
        CheckCell("numerator", row.Numerator);
        CheckCell("denominator", row.Denominator);
        CheckCell("status", row.Status);
        CheckCell("note", row.Note);
        if (_failed)
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

        if (!TryParsePeriod(row.Period, out var period, out var periodProblem))
        {
            Fail("period", row.Period, periodProblem);
        }

        if (metric is null || area is null || _failed || RulesFor(metric).Check(row) is not { } figures)
        {
            return false;
        }

        if (metric.Unit == MetricUnit.Percent && _percentStyles.FindMix(metric, row, figures.Value) is { } mixed)
        {
            Fail("value", row.Value, mixed);
            return false;
        }

        var note = row.Note.Trim();
        if (note.Length > Observation.MaxNoteLength)
        {
            Fail("note", note[..40] + "…", string.Create(CultureInfo.InvariantCulture,
                $"The note is {note.Length:N0} characters long; a note may have at most {Observation.MaxNoteLength:N0}"));
            return false;
        }

        staged = new StagedObservation(row.Row, metric.Id, area.Id, period,
            figures.Value, figures.Numerator, figures.Denominator, figures.Status,
            note.Length == 0 ? null : note);
        return true;
    }

    /// <summary>Rows come grouped by month, so the last period read is usually the next one too.</summary>
    private bool TryParsePeriod(string text, out DateOnly period, out string problem)
    {
        if (text == _lastPeriod.Text)
        {
            (period, problem) = (_lastPeriod.Period, "");
            return true;
        }

        if (!PeriodParser.TryParse(text, currentMonth, out period, out problem))
        {
            return false;
        }

        _lastPeriod = (text, period);
        return true;
    }

    private FigureRules RulesFor(Metric metric)
    {
        if (!_rulesByMetric.TryGetValue(metric.Id, out var rules))
        {
            rules = new FigureRules(metric, Fail);
            _rulesByMetric.Add(metric.Id, rules);
        }

        return rules;
    }

    private void CheckCell(string column, string value)
    {
        if (value.Length > 0 && CellRules.FindProblem(value, allowsLineBreaks: column == "note") is { } problem)
        {
            Fail(column, value, problem);
        }
    }

    private void Fail(string column, string value, string message)
    {
        _failed = true;
        var error = new ImportError(fileName, _row!.Row, _row.ColumnOf(column), value, message);
        // A wide row yields one figure per area; a problem in its period or metric cell is reported once.
        for (var i = _errors.Count - 1; i >= 0 && _errors[i].Row == error.Row; i--)
        {
            if (_errors[i] == error)
            {
                return;
            }
        }

        _errors.Add(error);
    }
}

/// <summary>Problems any cell can have, whatever its column (a note may also run over several lines).</summary>
internal static class CellRules
{
    public static string? FindProblem(string value, bool allowsLineBreaks)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not '\t' && !(allowsLineBreaks && c is '\r' or '\n'))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The cell contains a control character (code {(int)c}); expected plain text");
            }
        }

        // A spreadsheet would run such text as a formula when the figures are exported and opened in one.
        var trimmed = value.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '=' or '+' or '@')
        {
            return $"'{value.Trim()}' looks like a spreadsheet formula; expected a plain value (paste values only)";
        }

        return null;
    }
}
