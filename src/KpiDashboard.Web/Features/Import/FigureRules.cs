using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

public readonly record struct CheckedFigures(decimal? Value, decimal? Numerator, decimal? Denominator, ObservationStatus Status);

/// <summary>
/// The rules for a row's value, numerator, denominator and status, which depend on the metric's unit:
/// counts are whole and not negative, percentages lie within 0–100, a numerator never exceeds its
/// denominator, and a value given with both must be their ratio at the precision written.
/// </summary>
internal sealed class FigureRules(Metric metric, Action<string, string, string> fail)
{
    public CheckedFigures? Check(RawRow row)
    {
        var ok = true;
        var status = ObservationStatus.Actual;
        if (row.Status.Trim().Length > 0 && !ObservationSymbols.TryParseStatus(row.Status, out status))
        {
            fail("status", row.Status, $"'{row.Status.Trim()}' is not a status; expected {ObservationSymbols.ExpectedStatus}");
            ok = false;
        }

        var numerator = ReadWholeCount("numerator", row.Numerator, ref ok);
        var denominator = ReadWholeCount("denominator", row.Denominator, ref ok);
        var value = ReadValue(row.Value, ref status, ref ok);
        if (!ok)
        {
            return null;
        }

        if (!status.HasValue())
        {
            return new CheckedFigures(null, null, null, status);
        }

        if ((numerator is null) != (denominator is null))
        {
            var missing = numerator is null ? "numerator" : "denominator";
            fail(missing, "", $"The {missing} is missing; give both numerator and denominator, or neither");
            return null;
        }

        if (numerator is not null && denominator is not null)
        {
            value = CheckRatio(row, value, numerator.Value, denominator.Value, ref ok);
        }

        if (ok && value is null)
        {
            fail("value", row.Value, "The value is missing; expected " + ObservationSymbols.ExpectedSymbol);
            return null;
        }

        return ok && CheckRange(row.Value, value!.Value) ? new CheckedFigures(value, numerator, denominator, status) : null;
    }

    private decimal? ReadValue(string text, ref ObservationStatus status, ref bool ok)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (ObservationSymbols.TryParseSymbol(text, out var symbolStatus))
        {
            status = symbolStatus;
            return null;
        }

        if (!status.HasValue())
        {
            fail("value", text, $"The status says the figure is withheld, so the value must be empty; found '{text.Trim()}'");
            ok = false;
            return null;
        }

        if (!NumberCell.TryParse(text, out var value, out var hadPercentSign))
        {
            fail("value", text, $"'{text.Trim()}' is not a number; expected {ObservationSymbols.ExpectedSymbol}");
            ok = false;
            return null;
        }

        if (hadPercentSign && metric.Unit != MetricUnit.Percent)
        {
            fail("value", text, $"'{text.Trim()}' is a percentage but {metric.Code} is measured as {UnitName()}");
            ok = false;
        }

        return value;
    }

    private decimal? ReadWholeCount(string column, string text, ref bool ok)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (!NumberCell.TryParse(text, out var count, out var hadPercentSign) || hadPercentSign || count < 0 || count != decimal.Truncate(count))
        {
            fail(column, text, $"'{text.Trim()}' is not a whole number of 0 or more; the {column} must be a count");
            ok = false;
            return null;
        }

        return count;
    }

    private decimal? CheckRatio(RawRow row, decimal? value, decimal numerator, decimal denominator, ref bool ok)
    {
        if (metric.Unit is not (MetricUnit.Percent or MetricUnit.Rate))
        {
            fail("numerator", row.Numerator, $"{metric.Code} is measured as {UnitName()}; numerator and denominator apply only to percentages and rates");
            ok = false;
            return null;
        }

        if (denominator == 0)
        {
            fail("denominator", row.Denominator, "The denominator is 0; a percentage needs a denominator of 1 or more");
            ok = false;
            return null;
        }

        if (metric.Unit == MetricUnit.Percent && numerator > denominator)
        {
            fail("numerator", row.Numerator, string.Create(CultureInfo.InvariantCulture,
                $"The numerator {numerator} is larger than the denominator {denominator}; a percentage cannot exceed 100"));
            ok = false;
            return null;
        }

        var scale = metric.Unit == MetricUnit.Percent ? 100m : 10_000m;
        var ratio = scale * numerator / denominator;
        if (value is null)
        {
            return Math.Round(ratio, 1, MidpointRounding.AwayFromZero);
        }

        // A value agrees when it is the ratio rounded to the number of decimals the analyst wrote.
        var tolerance = 0.5m / (decimal)Math.Pow(10, NumberCell.DecimalPlaces(value.Value)) + 0.000001m;
        if (Math.Abs(value.Value - ratio) > tolerance)
        {
            fail("value", row.Value, string.Create(CultureInfo.InvariantCulture,
                $"The value {value} does not agree with numerator {numerator} and denominator {denominator}, which give {ratio:0.##}"));
            ok = false;
        }

        return value;
    }

    private bool CheckRange(string text, decimal value)
    {
        string? problem = metric.Unit switch
        {
            MetricUnit.Count when value < 0 || value != decimal.Truncate(value) =>
                $"'{text.Trim()}' is not a whole number of 0 or more; {metric.Code} is a count",
            MetricUnit.Percent when value is < 0 or > 100 =>
                $"'{text.Trim()}' is outside 0–100; {metric.Code} is a percentage",
            MetricUnit.Days or MetricUnit.Fte or MetricUnit.Rate when value < 0 =>
                $"'{text.Trim()}' is negative; {metric.Code} cannot be below 0",
            _ => null,
        };
        if (problem is not null)
        {
            fail("value", text, problem);
        }

        return problem is null;
    }

    private string UnitName() => metric.Unit switch
    {
        MetricUnit.Count => "a count",
        MetricUnit.Percent => "a percentage",
        MetricUnit.Rate => "a rate per 10,000",
        MetricUnit.Days => "a number of days",
        _ => "full-time equivalents",
    };
}
