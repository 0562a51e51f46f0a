using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiDashboard.Web.Features.Import;

/// <summary>Reads numbers as Excel writes them in a UK locale: <c>1213</c>, <c>1,213</c>, <c>7.5</c>, <c>29%</c>.</summary>
public static partial class NumberCell
{
    [GeneratedRegex(@"^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    public static bool TryParse(string text, out decimal value, out bool hadPercentSign)
    {
        var trimmed = text.Trim();
        hadPercentSign = trimmed.EndsWith('%');
        if (hadPercentSign)
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        value = 0;
        // Plain whole numbers, the common case, need neither the pattern nor the comma removal.
        if (trimmed.Length is > 0 and < 20 && !trimmed.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return decimal.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        return NumberPattern().IsMatch(trimmed)
            && decimal.TryParse(trimmed.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Digits after the decimal point, used to judge whether a value agrees with its ratio.</summary>
    public static int DecimalPlaces(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
