using System.Globalization;

namespace KpiDashboard.Web.Components.Input;

/// <summary>
/// The checks on values read from an address (query values, route values) before anything uses them: each problem is
/// one sentence naming the value. Pages show it with a 400 (<see cref="Layout.BadRequestMessage"/>); the API answers it
/// as <c>application/problem+json</c>.
/// </summary>
public static class AddressValues
{
    /// <summary>Longer than any code, month or number the app takes; longer values are refused, not looked up.</summary>
    public const int MaxLength = 200;

    /// <summary>Why the value cannot be anything the app knows (too long, control characters), or null.</summary>
    public static string? Problem(string name, string? value) => value switch
    {
        null => null,
        { Length: > MaxLength } => string.Create(CultureInfo.InvariantCulture,
            $"The value of '{name}' is {value.Length:N0} characters long; at most {MaxLength} are accepted."),
        _ when value.Any(char.IsControl) =>
            $"The value of '{name}' contains a control character (such as NUL, a tab or a line break), which no {name} has.",
        _ => null,
    };

    /// <summary>Reads a month written YYYY-MM; missing means none.</summary>
    public static bool TryMonth(string name, string? text, out DateOnly? month, out string? problem)
    {
        month = null;
        problem = Problem(name, text);
        if (problem is not null || string.IsNullOrWhiteSpace(text))
        {
            return problem is null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            month = parsed;
            return true;
        }

        problem = $"{(name == "month" ? "The month" : $"The month '{name}'")} must be written YYYY-MM, such as 2020-06; '{text}' is not.";
        return false;
    }

    /// <summary>Reads a whole number that must be one of <paramref name="allowed"/>; missing means none.</summary>
    public static bool TryChoice(string name, string? text, IReadOnlyList<int> allowed, out int? choice, out string? problem)
    {
        choice = null;
        problem = Problem(name, text);
        if (problem is not null || string.IsNullOrWhiteSpace(text))
        {
            return problem is null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && allowed.Contains(number))
        {
            choice = number;
            return true;
        }

        problem = $"The {name} must be one of {string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}; '{text}' is not.";
        return false;
    }
}
