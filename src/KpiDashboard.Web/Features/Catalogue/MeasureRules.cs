using System.Text.RegularExpressions;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// What the catalogue knows that a measure's check needs: every code in use, and for an existing measure its code
/// as stored, whether figures have been imported under it, and which shares or ratios count it as a part.
/// </summary>
public sealed record MeasureContext(IReadOnlyCollection<string> ExistingCodes, string? CurrentCode, bool HasFigures, IReadOnlyCollection<string> PartOf)
{
    public static MeasureContext ForNew(IReadOnlyCollection<string> existingCodes) => new(existingCodes, null, false, []);
}

/// <summary>The rules a measure's own fields obey; each failure is one sentence naming its field.</summary>
public static partial class MeasureRules
{
    public const int MaxCodeLength = 80;
    public const int MaxNameLength = 200;
    public const int MaxThemeLength = 100;
    public const int MaxDefinitionLength = 1000;
    public const int MaxDecimals = 3;
    public const int MaxReportingLag = 24;

    public static IReadOnlyList<RuleProblem> Check(MeasureDraft draft, MeasureContext context)
    {
        var problems = new List<RuleProblem>();
        void Add(string field, string sentence) => problems.Add(new RuleProblem(field, sentence));

        var code = draft.Code.Trim();
        if (CodeProblem(code) is { } codeProblem)
        {
            Add(CatalogueFields.Code, codeProblem);
        }
        else if (context.CurrentCode is { } current && code != current && context.HasFigures)
        {
            Add(CatalogueFields.Code, $"The code {current} already has figures and cannot change.");
        }
        else if (code != context.CurrentCode && context.ExistingCodes.Contains(code))
        {
            Add(CatalogueFields.Code, $"The code {code} is already used by another measure.");
        }

        if (TextProblem(draft.Name, "name", MaxNameLength) is { } name)
        {
            Add(CatalogueFields.Name, name);
        }

        if (TextProblem(draft.Theme, "theme", MaxThemeLength) is { } theme)
        {
            Add(CatalogueFields.Theme, theme);
        }

        if (TextProblem(draft.Definition, "definition", MaxDefinitionLength) is { } definition)
        {
            Add(CatalogueFields.Definition, definition);
        }

        if (!Enum.IsDefined(draft.Unit))
        {
            Add(CatalogueFields.Unit, "Choose the measure's unit: count, percent, rate, days or FTE.");
        }

        if (draft.Decimals is < 0 or > MaxDecimals)
        {
            Add(CatalogueFields.Decimals, $"Decimals are from 0 to {MaxDecimals}; {draft.Decimals} is not allowed.");
        }

        if (!Enum.IsDefined(draft.Polarity))
        {
            Add(CatalogueFields.Polarity, "Choose the measure's polarity: higher is better, lower is better, close to target or neutral.");
        }

        if (!Enum.IsDefined(draft.Frequency))
        {
            Add(CatalogueFields.Frequency, "Choose how often the measure is reported: monthly, quarterly or annual.");
        }

        if (draft.ReportingLagMonths is < 0 or > MaxReportingLag)
        {
            Add(CatalogueFields.ReportingLag,
                $"The reporting lag is from 0 to {MaxReportingLag} months; {draft.ReportingLagMonths} is not allowed.");
        }

        if (RollupProblem(draft, context) is { } rollup)
        {
            Add(CatalogueFields.Rollup, rollup);
        }

        return problems;
    }

    /// <summary>Why <paramref name="code"/> cannot be a measure's code, or null when it can.</summary>
    public static string? CodeProblem(string? code) => code?.Trim() switch
    {
        null or "" => "A measure needs a code, such as audits-inadequate.",
        { Length: > MaxCodeLength } => CodeShape,
        var c when !CodePattern().IsMatch(c) => CodeShape,
        _ => null,
    };

    private const string CodeShape = "A code is lower-case letters, digits and hyphens, up to 80 characters.";

    private static string? TextProblem(string? text, string what, int max) => text?.Trim() switch
    {
        null or "" => $"A measure needs a {what}.",
        { Length: var length } when length > max => $"A measure's {what} can be at most {max} characters; this one has {length}.",
        _ => null,
    };

    private static string? RollupProblem(MeasureDraft draft, MeasureContext context) => draft.Rollup switch
    {
        _ when !Enum.IsDefined(draft.Rollup) => "Choose how the measure rolls up: sum, ratio, share or none.",
        not Rollup.Sum when context.PartOf.Count > 0 =>
            $"{context.CurrentCode} is a part of {string.Join(", ", context.PartOf.Order(StringComparer.Ordinal))}, so it must keep rolling up by sum.",
        Rollup.Sum when draft.Unit is MetricUnit.Percent or MetricUnit.Rate =>
            "A percentage or rate cannot be added up: choose ratio, share or none as its roll-up.",
        Rollup.Share or Rollup.Ratio when draft.Unit != MetricUnit.Percent =>
            $"A {(draft.Rollup == Rollup.Share ? "share" : "ratio")} is 100 × numerators over denominators, so its unit must be percent.",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
