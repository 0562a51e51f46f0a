namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// Secondary suppression across the area tree. A parent's figure is the sum of its sub-areas' (for a rate, its numerator
/// and denominator are), so where exactly one figure of that sum is suppressed (a sub-area, or the total itself) it
/// could be worked out from the others: the smallest other non-zero sub-area is suppressed too, or the total itself
/// where there is none. A 0 hides nothing: it is never chosen, and it stays 0.
/// </summary>
internal static class HierarchyRule
{
    public static bool Apply(SuppressionContext context)
    {
        var changed = false;
        foreach (var rule in context.Rules.Where(r => r.AddsUpAcrossAreas))
        {
            foreach (var (parent, children) in context.Children.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                foreach (var month in context.MonthsByMetric.GetValueOrDefault(rule.Metric) ?? [])
                {
                    changed |= ProtectSum(context, rule, parent, children, month);
                }
            }
        }
        return changed;
    }

    private static bool ProtectSum(SuppressionContext context, MetricRule rule, string parent, IReadOnlyList<string> children, DateOnly month)
    {
        var total = context.Grid.Find(rule.Metric, parent, month);
        var parts = children.Select(c => context.Grid.Find(rule.Metric, c, month)).OfType<FigureCell>().ToList();
        if (parts.Count == 0 || total is null || !(total.HasValue || context.IsSuppressed(total.Key)))
        {
            return false;
        }
        var suppressed = parts.Count(p => context.IsSuppressed(p.Key)) + (context.IsSuppressed(total.Key) ? 1 : 0);
        if (suppressed != 1)
        {
            return false;
        }
        // The total is one of the sum's figures too: a suppressed total whose sub-areas are all shown is their sum.
        var smallest = parts
            .Where(p => context.IsShownNumber(p) && Size(rule, p) is not (null or 0m))
            .OrderBy(p => Size(rule, p))
            .ThenBy(p => context.SortOrderOf(p.Area))
            .ThenBy(p => p.Area, StringComparer.Ordinal)
            .FirstOrDefault();
        if (smallest is not null)
        {
            return context.Suppress(smallest.Key, SuppressionReason.Secondary);
        }
        return context.IsShownNumber(total) && context.Suppress(total.Key, SuppressionReason.Secondary);
    }

    /// <summary>How big a figure is, to choose the least informative one: a count's value, a rate's denominator.</summary>
    private static decimal? Size(MetricRule rule, FigureCell cell) => rule.IsRate ? cell.Denominator : cell.Value;
}
