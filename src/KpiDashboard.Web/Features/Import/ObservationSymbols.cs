using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>The DfE/GSS symbols that stand in for a number, and the status words a file may use.</summary>
public static class ObservationSymbols
{
    private static readonly Dictionary<string, ObservationStatus> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c"] = ObservationStatus.Suppressed,
        ["x"] = ObservationStatus.NotAvailable,
        [":"] = ObservationStatus.NotAvailable,
        ["z"] = ObservationStatus.NotApplicable,
        ["low"] = ObservationStatus.RoundsToZero,
        ["k"] = ObservationStatus.RoundsToZero,
        ["u"] = ObservationStatus.LowReliability,
    };

    private static readonly Dictionary<string, ObservationStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actual"] = ObservationStatus.Actual,
        ["final"] = ObservationStatus.Actual,
        ["provisional"] = ObservationStatus.Provisional,
        ["p"] = ObservationStatus.Provisional,
        ["suppressed"] = ObservationStatus.Suppressed,
        ["not available"] = ObservationStatus.NotAvailable,
        ["not applicable"] = ObservationStatus.NotApplicable,
    };

    public const string ExpectedSymbol = "a number or one of the symbols c, x, z, low, k, u, :";
    public const string ExpectedStatus = "actual, provisional or one of the symbols c, x, z, low, k, u, :";

    public static bool TryParseSymbol(string text, out ObservationStatus status) =>
        Symbols.TryGetValue(text.Trim(), out status);

    public static bool TryParseStatus(string text, out ObservationStatus status) =>
        StatusWords.TryGetValue(text.Trim(), out status) || Symbols.TryGetValue(text.Trim(), out status);

    /// <summary>The symbol written back out for a status, e.g. in exports: <c>c</c> for suppressed.</summary>
    public static string ToSymbol(ObservationStatus status) => status switch
    {
        ObservationStatus.Suppressed => "c",
        ObservationStatus.NotAvailable => "x",
        ObservationStatus.NotApplicable => "z",
        ObservationStatus.RoundsToZero => "low",
        ObservationStatus.LowReliability => "u",
        ObservationStatus.Provisional => "provisional",
        // A roll-up that cannot be worked out from the quadrants: the figure is not available.
        ObservationStatus.NotComputable => "x",
        _ => "actual",
    };
}
