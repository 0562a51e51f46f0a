using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>The cells suppressed for what they hold: small counts, rates on small counts, and what the council withheld.</summary>
internal static class PrimaryRule
{
    public static void Apply(SuppressionContext context)
    {
        foreach (var cell in context.Grid.Cells)
        {
            var rule = context.RuleFor(cell.Metric);
            if (cell.Status == ObservationStatus.Suppressed)
            {
                context.Suppress(cell.Key, SuppressionReason.Withheld);
            }
            else if (rule.SmallNumberSuppression && cell.HasValue)
            {
                if (rule.IsRate ? RestsOnSmallCount(context, rule, cell) : SmallNumber.IsSmall(cell.Value))
                {
                    context.Suppress(cell.Key, rule.IsRate ? SuppressionReason.Rate : SuppressionReason.Primary);
                }
            }
        }
    }

    /// <summary>A numerator or denominator from 1 to 5, as imported or as the rate's parts add up in that area and month.</summary>
    private static bool RestsOnSmallCount(SuppressionContext context, MetricRule rule, FigureCell cell)
    {
        if (SmallNumber.IsSmall(cell.Numerator) || SmallNumber.IsSmall(cell.Denominator))
        {
            return true;
        }
        return SmallNumber.IsSmall(SumOfParts(context, rule.NumeratorParts, cell))
            || SmallNumber.IsSmall(SumOfParts(context, rule.DenominatorParts, cell));
    }

    /// <summary>The sum of the parts' figures in the cell's area and month; null when there are none or one is missing.</summary>
    private static decimal? SumOfParts(SuppressionContext context, IReadOnlyList<string> parts, FigureCell cell)
    {
        if (parts.Count == 0)
        {
            return null;
        }
        decimal sum = 0;
        foreach (var part in parts)
        {
            var figure = context.Grid.Find(part, cell.Area, cell.Month);
            if (figure is null || !figure.HasValue)
            {
                return null;
            }
            sum += figure.Value!.Value;
        }
        return sum;
    }
}
