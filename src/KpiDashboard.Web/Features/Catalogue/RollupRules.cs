using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// The rules a measure's roll-up and its parts obey, so the figures view can compute it: a share is its numerator counts
/// over its group of counts (the denominators), a ratio either its rows' own numerators and denominators or those of its
/// parts, and every part a count that adds up across areas.
/// </summary>
public static class RollupRules
{
    /// <summary>
    /// Checks <paramref name="parts"/> for measure <paramref name="code"/> rolling up by <paramref name="rollup"/>;
    /// <paramref name="rollupOf"/> gives the roll-up of each measure in the catalogue (with this measure's new one) by code.
    /// </summary>
    public static IReadOnlyList<RuleProblem> Check(string code, Rollup rollup, IReadOnlyList<PartDraft> parts,
        IReadOnlyDictionary<string, Rollup> rollupOf)
    {
        var problems = new List<RuleProblem>();
        void Add(string sentence) => problems.Add(new RuleProblem(CatalogueFields.Parts, sentence));

        if (rollup is Rollup.Sum or Rollup.None)
        {
            if (parts.Count > 0)
            {
                Add($"A measure that rolls up by {(rollup == Rollup.Sum ? "sum" : "none")} has no parts: remove them, or choose share or ratio.");
            }

            return problems;
        }

        var kind = rollup == Rollup.Share ? "share" : "ratio";
        foreach (var twice in parts.GroupBy(p => p with { Code = p.Code.Trim() }).Where(g => g.Count() > 1))
        {
            Add($"{twice.Key.Code} is listed twice as a {RoleName(twice.Key.Role)}.");
        }

        foreach (var part in parts.Select(p => p.Code.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (part == code.Trim())
            {
                Add("A measure cannot be a part of itself.");
            }
            else if (!rollupOf.TryGetValue(part, out var partRollup))
            {
                Add($"There is no measure with the code {part} to be a part of this {kind}.");
            }
            else if (partRollup != Rollup.Sum)
            {
                Add($"A part of a {kind} must be a count that adds up (roll-up: sum): {part} is not.");
            }
        }

        var numerators = parts.Where(p => p.Role == PartRole.Numerator).Select(p => p.Code.Trim()).ToHashSet(StringComparer.Ordinal);
        var group = parts.Where(p => p.Role == PartRole.Denominator).Select(p => p.Code.Trim()).ToHashSet(StringComparer.Ordinal);
        if (rollup == Rollup.Share)
        {
            if (group.Count < 2)
            {
                Add("A share needs a group of at least two counts (its denominators).");
            }

            if (numerators.Count == 0 || !numerators.IsSubsetOf(group))
            {
                Add("A share needs at least one numerator, and each numerator must be one of its group's counts.");
            }
        }
        else if (parts.Count > 0 && (numerators.Count == 0 || group.Count == 0))
        {
            Add("A ratio built from other measures needs at least one numerator and at least one denominator; "
                + "or leave its parts empty to use its rows' own numerators and denominators.");
        }

        return problems;
    }

    /// <summary>A short plain description of a roll-up rule, as the annotation and the audit line give it.</summary>
    public static string Describe(Rollup rollup, IReadOnlyList<PartDraft> parts)
    {
        string Codes(PartRole role) => string.Join(", ", parts.Where(p => p.Role == role).Select(p => p.Code));
        return rollup switch
        {
            Rollup.Sum => "sum",
            Rollup.None => "none",
            Rollup.Share => $"share of {Codes(PartRole.Denominator)} (numerator {Codes(PartRole.Numerator)})",
            Rollup.Ratio when parts.Count == 0 => "ratio of its own numerators and denominators",
            Rollup.Ratio => $"ratio of {Codes(PartRole.Numerator)} over {Codes(PartRole.Denominator)}",
            _ => rollup.ToString(),
        };
    }

    private static string RoleName(PartRole role) => role == PartRole.Numerator ? "numerator" : "denominator";
}
