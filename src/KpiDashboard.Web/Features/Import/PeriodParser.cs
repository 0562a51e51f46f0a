using System.Globalization;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Reads the month a figure is for from the forms analysts' spreadsheets produce. Slashed dates
/// are always read day-first (UK); there is no guessing between day-first and month-first.
/// </summary>
public static class PeriodParser
{
    public const string Expected = "a month such as 2020-06, Jun-20, Jun 2020, June 2020, 06/2020 or 01/06/2020";

    private static readonly string[] MonthFormats =
        ["yyyy-MM", "MMM-yy", "MMM yy", "MMM yyyy", "MMMM yyyy", "MMM-yyyy", "MMMM-yyyy", "MM/yyyy", "M/yyyy"];

    private static readonly string[] DayFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Parses <paramref name="text"/> to the first day of its month, or explains why not.</summary>
    public static bool TryParse(string text, DateOnly currentMonth, out DateOnly period, out string problem)
    {
        var trimmed = text.Trim();
        period = default;
        if (!TryParseAnyForm(trimmed, out var date))
        {
            problem = LooksLikeDate(trimmed)
                ? $"'{trimmed}' is not a real date; expected {Expected}"
                : $"'{trimmed}' is not a month; expected {Expected}";
            return false;
        }

        period = new DateOnly(date.Year, date.Month, 1);
        if (period > currentMonth)
        {
            problem = $"{period:MMM yyyy} is in the future; figures can only be loaded up to {currentMonth:MMM yyyy}";
            return false;
        }

        problem = "";
        return true;
    }

    public static string Format(DateOnly period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // Format strings are explicit, so the invariant culture's English month names (with "Sep") suffice.
    private static bool TryParseAnyForm(string text, out DateTime date) =>
        TryParseIsoMonth(text, out date)
        || DateTime.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateTime.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The canonical <c>yyyy-MM</c> form, read directly: nearly every row of a large file has it.</summary>
    private static bool TryParseIsoMonth(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        date = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static bool LooksLikeDate(string text) =>
        text.Any(c => c is '/' or '-') && text.Any(char.IsDigit);
}
