namespace KpiDashboard.Web.Features.Publication;

/// <summary>What the internal pages' marker says of a figure that would be <c>c</c> if published, and why.</summary>
public static class SuppressionWords
{
    public const string Marker = "c when published";

    public static string Why(SuppressionReason reason) => reason switch
    {
        SuppressionReason.Primary => "a count from 1 to 5",
        SuppressionReason.Rate => "a percentage or rate on a numerator or denominator from 1 to 5, or on a count shown as c",
        SuppressionReason.Secondary => "secondary: shown, it would let another figure shown as c be worked out",
        SuppressionReason.Withheld => "imported as c",
        SuppressionReason.Unchecked => "not yet checked for publication",
        _ => "",
    };

    /// <summary>E.g. "Shown as c when published: a count from 1 to 5."; null for a figure that would be shown.</summary>
    public static string? Sentence(SuppressionReason reason) =>
        reason == SuppressionReason.None ? null : $"Shown as c when published: {Why(reason)}.";
}
