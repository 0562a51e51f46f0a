using System.Globalization;
using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Web.Features.Admin;

/// <summary>
/// What the audit page and its CSV show: one action or all, entries whose actor contains <see cref="Who"/>, whose
/// target or detail contains <see cref="Text"/>, from and to whole days (UTC), both included.
/// </summary>
public sealed record AuditFilter(string? Action, string? Who, string? Text, DateOnly? From, DateOnly? To)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int MaxTextLength = AddressValues.MaxLength;

    public static AuditFilter None { get; } = new(null, null, null, null, null);

    /// <summary>The filter from the page's or the download's query values, or the sentence saying which value is wrong.</summary>
    public static (AuditFilter? Filter, string? Problem) Parse(string? action, string? who, string? text, string? from, string? to)
    {
        foreach (var (name, value) in new[] { ("action", action), ("who", who), ("text", text), ("from", from), ("to", to) })
        {
            if (AddressValues.Problem(name, value) is { } unusable)
            {
                return (null, unusable);
            }
        }

        if (!string.IsNullOrEmpty(action) && !AuditActions.All.Contains(action))
        {
            return (null, $"There is no audit action '{Shorten(action)}'; the actions are {string.Join(", ", AuditActions.All)}.");
        }

        var (fromDate, fromProblem) = ParseDate("from", from);
        var (toDate, toProblem) = ParseDate("to", to);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return (null, problem);
        }

        return fromDate > toDate
            ? (null, $"The 'from' date ({from}) is after the 'to' date ({to}).")
            : (new AuditFilter(Blank(action), Blank(who), Blank(text), fromDate, toDate), null);
    }

    /// <summary>The filter as query values, for links and the download.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["action"] = Action,
        ["who"] = Who,
        ["text"] = Text,
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
    };

    private static (DateOnly? Date, string? Problem) ParseDate(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? (null, null)
        : DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (date, null)
        : (null, $"The '{name}' date must be a day written like 2026-12-01; '{Shorten(value)}' is not.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => AuditLog.Clean(value.Length > 40 ? value[..40] + "…" : value, 60);
}
