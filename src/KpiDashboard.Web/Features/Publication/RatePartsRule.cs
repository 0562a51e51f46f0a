namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// A share or ratio and the counts it is built from, in one area and month: a suppressed count suppresses the rate
/// (the rate and its denominator would give the count back), and a suppressed rate whose counts are all shown has its
/// smallest non-zero numerator count suppressed (the counts would give the rate back).
/// </summary>
internal static class RatePartsRule
{
    public static bool Apply(SuppressionContext context)
    {
        var changed = false;
        foreach (var rule in context.Rules.Where(r => r.HasParts))
        {
            foreach (var cell in context.CellsOf(rule.Metric))
            {
                var allParts = context.PartsOf(rule);
                var parts = allParts.Select(p => context.Grid.Find(p, cell.Area, cell.Month)).OfType<FigureCell>().ToList();
                if (!context.IsSuppressed(cell.Key))
                {
                    if (parts.Any(p => context.IsSuppressed(p.Key)))
                    {
                        changed |= context.Suppress(cell.Key, SuppressionReason.Rate);
                    }
                }
                else if (parts.Count == allParts.Count && parts.All(context.IsShownNumber))
                {
                    var numerator = rule.NumeratorParts
                        .Select(p => context.Grid.Find(p, cell.Area, cell.Month)!)
                        .Where(p => p.Value != 0)
                        .OrderBy(p => p.Value)
                        .ThenBy(p => p.Metric, StringComparer.Ordinal)
                        .FirstOrDefault();
                    if (numerator is not null)
                    {
                        changed |= context.Suppress(numerator.Key, SuppressionReason.Secondary);
                    }
                }
            }
        }
        return changed;
    }
}
