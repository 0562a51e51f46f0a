using System.Text.RegularExpressions;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// What makes an area acceptable: a code of capital letters (fixed once figures exist), a name, and a place in the
/// hierarchy (one authority at the top, quadrants inside it, localities inside a quadrant, never inside itself).
/// </summary>
public static partial class AreaRules
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 100;

    /// <summary>The problems with adding <paramref name="proposed"/> beside <paramref name="areas"/>; empty when there are none.</summary>
    public static IReadOnlyList<RuleProblem> ProblemsWithNew(AreaEntry proposed, IReadOnlyCollection<AreaEntry> areas) =>
        Problems(null, proposed, areas, currentHasFigures: false);

    /// <summary>
    /// The problems with changing the area now coded <paramref name="currentCode"/> to <paramref name="proposed"/>;
    /// <paramref name="currentHasFigures"/> says whether figures are stored under the current code.
    /// </summary>
    public static IReadOnlyList<RuleProblem> ProblemsWithChange(
        string currentCode, AreaEntry proposed, IReadOnlyCollection<AreaEntry> areas, bool currentHasFigures) =>
        Problems(currentCode, proposed, areas, currentHasFigures);

    private static List<RuleProblem> Problems(string? currentCode, AreaEntry proposed, IReadOnlyCollection<AreaEntry> areas, bool currentHasFigures)
    {
        var code = proposed.Code.Trim();
        var others = areas.Where(a => !Same(a.Code, currentCode)).ToList();
        var problems = new List<RuleProblem>();
        AddIfAny(problems, nameof(AreaEntry.Code), CodeProblem(code, currentCode, others, currentHasFigures));
        AddIfAny(problems, nameof(AreaEntry.Name), NameProblem(proposed.Name.Trim(), others));
        AddIfAny(problems, nameof(AreaEntry.ParentCode), ParentProblem(currentCode, proposed with { Code = code }, others));
        AddIfAny(problems, nameof(AreaEntry.Kind), ChildrenProblem(currentCode, proposed, others));
        return problems;
    }

    private static string? CodeProblem(string code, string? currentCode, List<AreaEntry> others, bool currentHasFigures)
    {
        if (code.Length == 0)
        {
            return "An area needs a code, such as NE.";
        }

        if (!CodePattern().IsMatch(code))
        {
            return $"An area's code is 1 to {MaxCodeLength} capital letters, digits or hyphens, starting with a letter, such as NE; '{code}' is not.";
        }

        if (currentCode is not null && currentHasFigures && !string.Equals(code, currentCode, StringComparison.Ordinal))
        {
            return $"The code {currentCode} already has figures and cannot change.";
        }

        var holder = others.FirstOrDefault(a => Same(a.Code, code));
        return holder is null ? null : $"The code {code} is already used by {holder.Name}.";
    }

    private static string? NameProblem(string name, List<AreaEntry> others)
    {
        if (name.Length == 0)
        {
            return "An area needs a name, such as North East.";
        }

        if (name.Length > MaxNameLength)
        {
            return $"An area's name can be at most {MaxNameLength} characters; this one has {name.Length}.";
        }

        var holder = others.FirstOrDefault(a => string.Equals(a.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return holder is null ? null : $"The name {name} is already used by area {holder.Code}.";
    }

    private static string? ParentProblem(string? currentCode, AreaEntry proposed, List<AreaEntry> others)
    {
        var parentCode = proposed.ParentCode?.Trim();
        if (string.IsNullOrEmpty(parentCode))
        {
            return proposed.Kind switch
            {
                AreaKind.Authority => AnotherAuthority(others),
                AreaKind.Quadrant => "A quadrant needs a parent: the authority it is part of.",
                _ => "A locality needs a parent: the quadrant it is part of.",
            };
        }

        if (proposed.Kind == AreaKind.Authority)
        {
            return "An authority has no parent: leave the parent empty.";
        }

        if (Same(parentCode, proposed.Code) || Same(parentCode, currentCode))
        {
            return $"{proposed.Name} cannot be inside itself.";
        }

        var parent = others.FirstOrDefault(a => Same(a.Code, parentCode));
        if (parent is null)
        {
            return $"There is no area with the code {parentCode} to be the parent.";
        }

        if (currentCode is not null && IsInside(parent, currentCode, others))
        {
            return $"{proposed.Name} cannot be inside {parent.Name}: {parent.Name} is already inside {proposed.Name}.";
        }

        return (proposed.Kind, parent.Kind) switch
        {
            (AreaKind.Quadrant, not AreaKind.Authority) => $"A quadrant's parent must be the authority; {parent.Name} ({parent.Code}) is {WithArticle(parent.Kind)}.",
            (AreaKind.Locality, not AreaKind.Quadrant) => $"A locality's parent must be a quadrant; {parent.Name} ({parent.Code}) is {WithArticle(parent.Kind)}.",
            _ => null,
        };
    }

    /// <summary>An area's kind decides what may sit inside it, so a change of kind must still fit the areas already inside.</summary>
    private static string? ChildrenProblem(string? currentCode, AreaEntry proposed, List<AreaEntry> others)
    {
        if (currentCode is null)
        {
            return null;
        }

        var misfit = others.FirstOrDefault(a => Same(a.ParentCode, currentCode) && ExpectedParentKind(a.Kind) != proposed.Kind);
        return misfit is null
            ? null
            : $"{proposed.Name} cannot be {WithArticle(proposed.Kind)}: {misfit.Name} ({misfit.Code}), {WithArticle(misfit.Kind)}, is inside it.";
    }

    private static string? AnotherAuthority(List<AreaEntry> others)
    {
        var authority = others.FirstOrDefault(a => a.Kind == AreaKind.Authority);
        return authority is null ? null : $"There is already an authority, {authority.Name} ({authority.Code}); a quadrant or locality needs a parent.";
    }

    /// <summary>Whether <paramref name="area"/> sits, at any depth, inside the area coded <paramref name="ancestorCode"/>.</summary>
    private static bool IsInside(AreaEntry area, string ancestorCode, List<AreaEntry> others)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var step = area; step?.ParentCode is { } parentCode && seen.Add(step.Code);)
        {
            if (Same(parentCode, ancestorCode))
            {
                return true;
            }

            step = others.FirstOrDefault(a => Same(a.Code, parentCode));
        }

        return false;
    }

    private static AreaKind? ExpectedParentKind(AreaKind kind) => kind switch
    {
        AreaKind.Quadrant => AreaKind.Authority,
        AreaKind.Locality => AreaKind.Quadrant,
        _ => null,
    };

    public static string Describe(AreaKind kind) => kind switch
    {
        AreaKind.Authority => "authority",
        AreaKind.Quadrant => "quadrant",
        _ => "locality",
    };

    private static string WithArticle(AreaKind kind) => kind == AreaKind.Authority ? "an authority" : "a " + Describe(kind);

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void AddIfAny(List<RuleProblem> problems, string field, string? message)
    {
        if (message is not null)
        {
            problems.Add(new RuleProblem(field, message));
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9-]{0,19}$")]
    private static partial Regex CodePattern();
}
