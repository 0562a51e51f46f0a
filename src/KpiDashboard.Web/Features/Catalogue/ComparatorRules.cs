using System.Text.RegularExpressions;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// What makes a comparator acceptable: a kebab-case code (the read API and the seed files name comparators by it, so it
/// is fixed once benchmarks use it) and a name, each unique.
/// </summary>
public static partial class ComparatorRules
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 100;

    public static IReadOnlyList<RuleProblem> ProblemsWithNew(ComparatorEntry proposed, IReadOnlyCollection<ComparatorEntry> comparators) =>
        Problems(null, proposed, comparators, currentHasBenchmarks: false);

    /// <summary>The problems with changing the comparator now coded <paramref name="currentCode"/> to <paramref name="proposed"/>.</summary>
    public static IReadOnlyList<RuleProblem> ProblemsWithChange(
        string currentCode, ComparatorEntry proposed, IReadOnlyCollection<ComparatorEntry> comparators, bool currentHasBenchmarks) =>
        Problems(currentCode, proposed, comparators, currentHasBenchmarks);

    private static List<RuleProblem> Problems(string? currentCode, ComparatorEntry proposed, IReadOnlyCollection<ComparatorEntry> comparators, bool currentHasBenchmarks)
    {
        var others = comparators.Where(c => !Same(c.Code, currentCode)).ToList();
        var problems = new List<RuleProblem>();
        if (CodeProblem(proposed.Code.Trim(), currentCode, others, currentHasBenchmarks) is { } codeProblem)
        {
            problems.Add(new RuleProblem(nameof(ComparatorEntry.Code), codeProblem));
        }

        if (NameProblem(proposed.Name.Trim(), others) is { } nameProblem)
        {
            problems.Add(new RuleProblem(nameof(ComparatorEntry.Name), nameProblem));
        }

        return problems;
    }

    private static string? CodeProblem(string code, string? currentCode, List<ComparatorEntry> others, bool currentHasBenchmarks)
    {
        if (code.Length == 0)
        {
            return "A comparator needs a code, such as statistical-neighbours.";
        }

        if (code.Length > MaxCodeLength || !CodePattern().IsMatch(code))
        {
            return $"A comparator's code is up to {MaxCodeLength} lower-case letters and digits in words joined by hyphens, such as south-east-region; '{code}' is not.";
        }

        if (currentCode is not null && currentHasBenchmarks && !string.Equals(code, currentCode, StringComparison.Ordinal))
        {
            return $"The code {currentCode} already has benchmarks and cannot change.";
        }

        var holder = others.FirstOrDefault(c => Same(c.Code, code));
        return holder is null ? null : $"The code {code} is already used by {holder.Name}.";
    }

    private static string? NameProblem(string name, List<ComparatorEntry> others)
    {
        if (name.Length == 0)
        {
            return "A comparator needs a name, such as England.";
        }

        if (name.Length > MaxNameLength)
        {
            return $"A comparator's name can be at most {MaxNameLength} characters; this one has {name.Length}.";
        }

        var holder = others.FirstOrDefault(c => string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return holder is null ? null : $"The name {name} is already used by comparator {holder.Code}.";
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
