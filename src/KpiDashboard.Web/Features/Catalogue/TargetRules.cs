using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// What a target's check needs: the measure's polarity, the area codes that exist, and the (month, area) of the measure's
/// other targets (leave out the one being edited).
/// </summary>
public sealed record TargetContext(Polarity Polarity, IReadOnlyCollection<string> AreaCodes, IReadOnlyCollection<(DateOnly EffectiveFrom, string? AreaCode)> OtherTargets);

/// <summary>
/// The rules a target obeys, matching how <see cref="Rag.RagEngine"/> judges: higher-is-better is green at or above
/// green and red below red, so green is at least red; lower-is-better the reverse; close-to-target has a target and two
/// tolerances, green no wider than red. A neutral measure is never judged.
/// </summary>
public static class TargetRules
{
    public static IReadOnlyList<RuleProblem> Check(TargetDraft draft, TargetContext context)
    {
        var problems = new List<RuleProblem>();
        void Add(string field, string sentence) => problems.Add(new RuleProblem(field, sentence));

        var area = string.IsNullOrWhiteSpace(draft.AreaCode) ? null : draft.AreaCode.Trim();
        if (draft.EffectiveFrom is not { } month)
        {
            Add(CatalogueFields.EffectiveFrom, "A target needs a month it applies from.");
        }
        else if (month.Day != 1)
        {
            Add(CatalogueFields.EffectiveFrom, "A target applies from the first day of a month.");
        }
        else if (context.OtherTargets.Any(t => t.EffectiveFrom == month && t.AreaCode == area))
        {
            Add(CatalogueFields.EffectiveFrom,
                $"There is already a target from {MonthText(month)} for {(area is null ? "all areas" : area)}: change that one instead.");
        }

        if (area is not null && !context.AreaCodes.Contains(area))
        {
            Add(CatalogueFields.Area, $"There is no area with the code {area}.");
        }

        if (context.Polarity == Polarity.Neutral)
        {
            Add(CatalogueFields.Polarity, "A neutral measure is not judged red, amber or green, so it cannot have a target.");
            return problems;
        }

        if (draft.Green is null)
        {
            Add(CatalogueFields.Green, "A target needs a green threshold.");
        }

        if (draft.Red is null)
        {
            Add(CatalogueFields.Red, "A target needs a red threshold.");
        }

        if (draft is { Green: { } green, Red: { } red })
        {
            if (ThresholdProblem(context.Polarity, green, red) is { } problem)
            {
                Add(CatalogueFields.Red, problem);
            }
        }

        if (context.Polarity == Polarity.CloseToTarget)
        {
            if (draft.Target is null)
            {
                Add(CatalogueFields.Target, "A close-to-target measure needs a target value to measure the distance from.");
            }

            if (draft.Green is < 0 || draft.Red is < 0)
            {
                Add(CatalogueFields.Green, "For a close-to-target measure, green and red are distances from the target and cannot be negative.");
            }
        }

        return problems;
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string? ThresholdProblem(Polarity polarity, decimal green, decimal red) => polarity switch
    {
        Polarity.HigherIsBetter when green < red =>
            $"Higher is better for this measure, so green ({green}) must be at or above red ({red}).",
        Polarity.LowerIsBetter when green > red =>
            $"Lower is better for this measure, so green ({green}) must be at or below red ({red}).",
        Polarity.CloseToTarget when green > red =>
            $"For a close-to-target measure, the green distance ({green}) must be no wider than the red one ({red}).",
        _ => null,
    };
}
