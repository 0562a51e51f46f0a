using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>What the suppression step needs to know about one measure (from <see cref="Metric"/> and its <see cref="RollupPart"/>s).</summary>
public sealed record MetricRule(
    string Metric,
    bool SmallNumberSuppression,
    Rollup Rollup,
    IReadOnlyList<string> NumeratorParts,
    IReadOnlyList<string> DenominatorParts)
{
    public static MetricRule Count(string metric, bool smallNumberSuppression = true) =>
        new(metric, smallNumberSuppression, Rollup.Sum, [], []);

    public bool HasParts => NumeratorParts.Count > 0 || DenominatorParts.Count > 0;

    /// <summary>A share or ratio: judged on its numerator and denominator, not on its value.</summary>
    public bool IsRate => Rollup is Rollup.Ratio or Rollup.Share || HasParts;

    /// <summary>
    /// Whether a parent's figure is the sum of its sub-areas' (for a rate: its numerator and denominator are), so that
    /// a suppressed sub-area could be worked out from the total and the others. A rate with parts adds up through them.
    /// </summary>
    public bool AddsUpAcrossAreas => (Rollup is Rollup.Sum or Rollup.Ratio or Rollup.Share) && !HasParts;

    public IEnumerable<string> AllParts => NumeratorParts.Concat(DenominatorParts).Distinct(StringComparer.Ordinal);
}

/// <summary>A place in the area hierarchy: the authority has no parent, a quadrant has the authority.</summary>
public sealed record AreaNode(string Area, string? Parent, int SortOrder = 0);

/// <summary>The measures' rules and the area tree the suppression step decides with.</summary>
public sealed record PublicationCatalogue(IReadOnlyList<MetricRule> Metrics, IReadOnlyList<AreaNode> Areas);
