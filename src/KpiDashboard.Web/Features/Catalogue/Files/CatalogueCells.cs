using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// The written form of each kind of cell, one copy for export and import: enums in kebab case (<c>higher-is-better</c>),
/// months as <c>YYYY-MM</c>, dates as <c>YYYY-MM-DD</c>, numbers in invariant form without trailing zeros, yes or no.
/// Reading a cell gives its written form, so a file that says <c>Count</c> or <c>15.0</c> compares equal to <c>count</c> and <c>15</c>.
/// </summary>
public static partial class CatalogueCells
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 2000;

    public static string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => Kebab(value.ToString());

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset? at) => at is { } a ? Date(DateOnly.FromDateTime(a.UtcDateTime)) : "";

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : "";

    public static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>The written form of <paramref name="raw"/>, or what was expected instead (for the problem's sentence).</summary>
    public static (string? Value, string? Expected) Read(CellKind kind, string raw) => kind switch
    {
        CellKind.Code => CodePattern().IsMatch(raw) && raw.Length <= 60 ? (raw, null) : (null, "a code of letters, digits and hyphens (at most 60)"),
        CellKind.Name => raw.Length <= MaxNameLength && !raw.Any(char.IsControl) ? (raw, null) : (null, $"a name on one line of at most {MaxNameLength} characters"),
        CellKind.FreeText => raw.Length <= MaxTextLength ? (raw, null) : (null, $"text of at most {MaxTextLength} characters"),
        CellKind.Whole => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole <= 1000
            ? (Whole(whole), null) : (null, "a whole number from 0 to 1000"),
        CellKind.Number => decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (Number(number), null) : (null, "a number such as 15 or 12.5"),
        CellKind.Month => DateOnly.TryParseExact(raw, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (Month(month), null) : (null, "a month as YYYY-MM"),
        CellKind.Date => DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (Date(date), null) : (null, "a date as YYYY-MM-DD"),
        CellKind.YesNo => raw.ToLowerInvariant() is "yes" or "no" ? (raw.ToLowerInvariant(), null) : (null, "yes or no"),
        CellKind.Unit => ReadEnum<MetricUnit>(raw),
        CellKind.Polarity => ReadEnum<Polarity>(raw),
        CellKind.Frequency => ReadEnum<ReportingFrequency>(raw),
        CellKind.Rollup => ReadEnum<Rollup>(raw),
        CellKind.PartRole => ReadEnum<PartRole>(raw),
        CellKind.AreaKind => ReadEnum<AreaKind>(raw),
        CellKind.Metric or CellKind.Area => CodePattern().IsMatch(raw) ? (raw, null) : (null, "a code of letters, digits and hyphens"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The enum value of a cell already in written form.</summary>
    public static TEnum ParseEnum<TEnum>(string written) where TEnum : struct, System.Enum =>
        System.Enum.Parse<TEnum>(written.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);

    public static DateOnly ParseMonth(string written) => DateOnly.ParseExact(written, "yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string written) =>
        written.Length == 0 ? null : DateOnly.ParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal? ParseNumber(string written) =>
        written.Length == 0 ? null : decimal.Parse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static int? ParseWhole(string written) =>
        written.Length == 0 ? null : int.Parse(written, CultureInfo.InvariantCulture);

    private static (string?, string?) ReadEnum<TEnum>(string raw) where TEnum : struct, System.Enum
    {
        var names = System.Enum.GetNames<TEnum>().Select(Kebab).ToList();
        var found = names.FirstOrDefault(n => string.Equals(n.Replace("-", "", StringComparison.Ordinal), raw.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return found is not null ? (found, null) : (null, string.Join(", ", names[..^1]) + " or " + names[^1]);
    }

    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
