using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Rag;

/// <summary>The one place a figure is judged red, amber or green. Tiles, charts, exports and the API all use it.</summary>
public static class RagEngine
{
    /// <summary>
    /// The target in force for an area and month: the latest one effective on or before the month,
    /// preferring one set for the area itself over one set for all areas.
    /// </summary>
    public static MetricTarget? TargetFor(IEnumerable<MetricTarget> targets, int areaId, DateOnly period)
    {
        var inForce = targets.Where(t => t.EffectiveFrom <= period && (t.AreaId is null || t.AreaId == areaId)).ToList();
        return inForce.Where(t => t.AreaId == areaId).MaxBy(t => t.EffectiveFrom)
            ?? inForce.Where(t => t.AreaId is null).MaxBy(t => t.EffectiveFrom);
    }

    public static RagStatus Judge(Polarity polarity, MetricTarget? target, decimal? value)
    {
        if (value is not { } v)
        {
            return RagStatus.NoData;
        }

        if (target is null || polarity == Polarity.Neutral)
        {
            return RagStatus.NoTarget;
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => v >= target.Green ? RagStatus.Green : v < target.Red ? RagStatus.Red : RagStatus.Amber,
            Polarity.LowerIsBetter => v <= target.Green ? RagStatus.Green : v > target.Red ? RagStatus.Red : RagStatus.Amber,
            Polarity.CloseToTarget when target.Target is { } aim => Math.Abs(v - aim) switch
            {
                var gap when gap <= target.Green => RagStatus.Green,
                var gap when gap > target.Red => RagStatus.Red,
                _ => RagStatus.Amber,
            },
            _ => RagStatus.NoTarget,
        };
    }
}
