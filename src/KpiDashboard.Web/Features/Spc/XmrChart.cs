namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// XmR (individuals and moving range) charts read the NHS England Making Data Count way: limits at
/// mean ± 2.66 × mean moving range, special causes by the four rules in <see cref="SpecialCauseRules"/>,
/// and the variation and assurance icons. The one SPC engine: tiles, charts and the API all use it.
/// </summary>
public static class XmrChart
{
    public static SpcResult Analyse(
        IEnumerable<SpcInputPoint> series,
        ImprovementDirection direction,
        SpcOptions? options = null,
        IEnumerable<SpcRecalculation>? recalculations = null,
        decimal? target = null)
    {
        options ??= SpcOptions.Default;
        var points = series.OrderBy(p => p.Period).ToList();
        if (points.Count < SpcOptions.MinimumPoints)
        {
            return new SpcResult(points.Select(p => new SpcPoint(p.Period, p.Value, SpcClass.Common, null, null)).ToList(), [], null, null);
        }

        var limits = SpcPartitions.Build(points, options, recalculations ?? []);
        var values = points.Select(p => p.Value).ToList();
        var signals = SpecialCauseRules.Find(values, limits, options);
        var classified = points.Select((p, i) => Classify(p, signals[i], direction, limits[i])).ToList();
        var partitions = limits.Distinct().ToList();
        return new SpcResult(classified, partitions, VariationFor(classified[^1]), AssuranceFor(direction, partitions[^1], target));
    }

    private static SpcPoint Classify(SpcInputPoint point, Signal signal, ImprovementDirection direction, SpcPartition partition)
    {
        if (!signal.High && !signal.Low)
        {
            return new SpcPoint(point.Period, point.Value, SpcClass.Common, null, partition);
        }

        // A point flagged both ways (a shift one way inside a trend the other) counts as improvement, as MDC's tool does.
        var improvementSide = direction == ImprovementDirection.Decrease ? SpcSide.Low : SpcSide.High;
        var side = signal.High && signal.Low ? improvementSide : signal.High ? SpcSide.High : SpcSide.Low;
        var cls = direction == ImprovementDirection.Neither ? SpcClass.Neither
            : side == improvementSide ? SpcClass.Improvement : SpcClass.Concern;
        return new SpcPoint(point.Period, point.Value, cls, side, partition);
    }

    /// <summary>The variation icon says what the last point shows.</summary>
    public static VariationIcon VariationFor(SpcPoint last) => (last.Class, last.Side) switch
    {
        (SpcClass.Improvement, SpcSide.High) => VariationIcon.ImprovementHigh,
        (SpcClass.Improvement, SpcSide.Low) => VariationIcon.ImprovementLow,
        (SpcClass.Concern, SpcSide.High) => VariationIcon.ConcernHigh,
        (SpcClass.Concern, SpcSide.Low) => VariationIcon.ConcernLow,
        (SpcClass.Neither, SpcSide.High) => VariationIcon.NeitherHigh,
        (SpcClass.Neither, SpcSide.Low) => VariationIcon.NeitherLow,
        _ => VariationIcon.CommonCause,
    };

    /// <summary>
    /// The target against the latest limits: beyond them on the good side the process passes consistently,
    /// beyond them on the bad side it fails consistently, within them it hits or misses. No icon without a
    /// target or a better direction.
    /// </summary>
    public static AssuranceIcon? AssuranceFor(ImprovementDirection direction, SpcPartition latest, decimal? target) =>
        (direction, target) switch
        {
            (_, null) or (ImprovementDirection.Neither, _) => null,
            (ImprovementDirection.Increase, { } t) => t <= latest.LowerLimit ? AssuranceIcon.Pass
                : t > latest.UpperLimit ? AssuranceIcon.Fail : AssuranceIcon.HitOrMiss,
            (_, { } t) => t >= latest.UpperLimit ? AssuranceIcon.Pass
                : t < latest.LowerLimit ? AssuranceIcon.Fail : AssuranceIcon.HitOrMiss,
        };
}
