using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// What a reader of the public figures can write down: every shown number as a constant, every suppressed figure as
/// unknowns (its value; a rate's numerator and denominator too), and the relations the output exposes: a total is the
/// sum of its parts for each parent and month, a shown share or ratio is its parts' numerator over their denominator,
/// and a shown change is this month minus last month (or the same month last year).
/// </summary>
internal sealed class PublicReader
{
    private readonly PublicOutput output;
    private readonly FigureGrid grid;
    private readonly Dictionary<(string, string), DerivedVisibility> derived = [];

    public PublicReader(SuppressionPlan plan, PublicationCatalogue catalogue)
        : this(PublicOutput.Of(plan, catalogue))
    {
    }

    /// <summary>Reads what a channel published; the truth behind it is used only to judge what was worked out.</summary>
    public PublicReader(PublicOutput output)
    {
        this.output = output;
        grid = output.Truth;
        var children = output.Catalogue.Areas.Where(a => a.Parent is not null).GroupBy(a => a.Parent!).ToDictionary(g => g.Key, g => g.Select(a => a.Area).ToList());
        foreach (var cell in grid.Cells)
        {
            var rule = output.RuleFor(cell.Metric);
            if (rule.AddsUpAcrossAreas && children.TryGetValue(cell.Area, out var parts))
            {
                RequireTotal(cell, parts, rule.IsRate);
            }
            if (rule.HasParts && IsShown(cell))
            {
                RequireParts(cell, rule);
            }
            RequireChange(cell, cell.Month.AddMonths(-1), d => d.MayShowMonthOnMonth(cell.Month));
            RequireChange(cell, cell.Month.AddMonths(-12), d => d.MayShowYearOnYear(cell.Month));
        }
    }

    public LinearSystem System { get; } = new();

    /// <summary>The suppressed figures the relations give back, each with what was worked out.</summary>
    public IEnumerable<string> Recovered()
    {
        foreach (var cell in grid.Cells.Where(c => c.HasValue && !IsShown(c)))
        {
            var key = cell.Key;
            var rule = output.RuleFor(key.Metric);
            if (System.ValueOf(Term(cell, "v")!) is { } value)
            {
                yield return $"{key} ({output.ReasonFor(key)}) has the value {value}";
            }
            if (rule.IsRate && !rule.HasParts && (System.ValueOf(Term(cell, "n")!) ?? System.ValueOf(Term(cell, "d")!)) is { } part)
            {
                yield return $"{key} ({output.ReasonFor(key)}) has a numerator or denominator of {part}";
            }
            // A rate on a numerator of 0 is 0% whatever its denominator: the convention shows 0, so that is no disclosure.
            if (rule.HasParts && System.ValueOf(SumOfParts(rule.NumeratorParts, cell)) is { IsZero: false } n && System.ValueOf(SumOfParts(rule.DenominatorParts, cell)) is { } d)
            {
                yield return $"{key} ({output.ReasonFor(key)}) is {n} over {d}";
            }
        }
    }

    private bool IsShown(FigureCell cell) => output.IsShown(cell.Key);

    /// <summary>A shown number as a constant, a suppressed one as an unknown; null where the output has no number.</summary>
    private LinearExpression? Term(FigureCell? cell, string component)
    {
        if (cell is null || (component == "v" && !cell.HasValue))
        {
            return null;
        }
        if (!IsShown(cell))
        {
            return System.Unknown((component, cell.Key));
        }
        // The number as the channel wrote it, not as the truth holds it.
        var shown = output.Published[cell.Key];
        var number = component switch { "v" => shown.Value, "n" => shown.Numerator, _ => shown.Denominator };
        return number is null ? null : LinearExpression.Of(number.Value);
    }

    private void RequireTotal(FigureCell total, List<string> parts, bool isRate)
    {
        foreach (var which in isRate ? new[] { "n", "d" } : ["v"])
        {
            var terms = parts.Select(p => Term(grid.Find(total.Metric, p, total.Month), which)).ToList();
            if (Term(total, which) is { } sum && terms.All(t => t is not null) && !(sum.IsConstant && terms.All(t => t!.IsConstant)))
            {
                System.Require(sum - LinearExpression.Sum(terms!));
            }
        }
    }

    private void RequireParts(FigureCell share, MetricRule rule)
    {
        var numerator = SumOfParts(rule.NumeratorParts, share);
        var denominator = SumOfParts(rule.DenominatorParts, share);
        var shown = output.Published[share.Key];
        if (shown.Numerator is { } n && shown.Denominator is { } d && !(numerator.IsConstant && denominator.IsConstant))
        {
            System.Require(numerator - LinearExpression.Of(n));
            System.Require(denominator - LinearExpression.Of(d));
        }
    }

    private LinearExpression SumOfParts(IReadOnlyList<string> parts, FigureCell cell) =>
        LinearExpression.Sum(parts.Select(p => Term(grid.Find(p, cell.Area, cell.Month), "v") ?? throw new InvalidOperationException($"{p} has no figure in {cell.Area}.")));

    private DerivedVisibility Derived(FigureCell cell)
    {
        if (!derived.TryGetValue((cell.Metric, cell.Area), out var visibility))
        {
            visibility = DerivedVisibility.FromSeries(
                grid.Series(cell.Metric, cell.Area).Select(c => new SeriesPoint(c.Month, c.HasValue, !IsShown(c))), Audience.Public);
            derived[(cell.Metric, cell.Area)] = visibility;
        }
        return visibility;
    }

    private void RequireChange(FigureCell cell, DateOnly earlier, Func<DerivedVisibility, bool> shown)
    {
        var before = grid.Find(cell.Metric, cell.Area, earlier);
        if (before is null || !before.HasValue || !cell.HasValue || !shown(Derived(cell)))
        {
            return;
        }
        // The change as published: the true difference, whatever the helper let through.
        var (now, then) = (Term(cell, "v")!, Term(before, "v")!);
        if (now.IsConstant && then.IsConstant)
        {
            return;
        }
        var change = Fraction.From(cell.Value!.Value) - Fraction.From(before.Value!.Value);
        System.Require(now - then - LinearExpression.Of(change));
    }
}
