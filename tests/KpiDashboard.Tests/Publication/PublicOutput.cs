using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// What one public channel put out (a plan's own <see cref="SuppressionPlan.Publish(Audience)"/>, or what the read API
/// answered an anonymous caller), beside the figures it was made from: the proof's checks read the one and judge by the other.
/// A figure the channel left out, or sent as <c>suppressed</c>, is one the public cannot read.
/// </summary>
internal sealed class PublicOutput(FigureGrid truth, IReadOnlyDictionary<CellKey, PublishedFigure> published, PublicationCatalogue catalogue)
{
    private readonly Dictionary<string, MetricRule> rules = catalogue.Metrics.ToDictionary(r => r.Metric, StringComparer.Ordinal);

    /// <summary>Every figure, as the figures view (or the random grid) holds it.</summary>
    public FigureGrid Truth { get; } = truth;

    public PublicationCatalogue Catalogue { get; } = catalogue;

    public IReadOnlyDictionary<CellKey, PublishedFigure> Published { get; } = published;

    public static PublicOutput Of(SuppressionPlan plan, PublicationCatalogue catalogue) =>
        new(plan.Grid, plan.Publish(Audience.Public).ToDictionary(f => f.Key), catalogue);

    public MetricRule RuleFor(string metric) => rules[metric];

    public bool IsShown(CellKey key) => Published.TryGetValue(key, out var figure) && figure.Status != ObservationStatus.Suppressed;

    /// <summary>Why a figure is not shown, as far as the channel says (a plan knows; the public API does not).</summary>
    public SuppressionReason ReasonFor(CellKey key) => Published.TryGetValue(key, out var figure) ? figure.Reason : SuppressionReason.None;

    /// <summary>Shown figures of measures about children that are, or rest on, a number from 1 to 5.</summary>
    public IEnumerable<string> SmallNumbersShown()
    {
        foreach (var figure in Published.Values.Where(f => f.Status != ObservationStatus.Suppressed))
        {
            var rule = RuleFor(figure.Key.Metric);
            if (!rule.SmallNumberSuppression)
            {
                continue;
            }
            if (!rule.IsRate && SmallNumber.IsSmall(figure.Value))
            {
                yield return $"{figure.Key} shows {figure.Value}";
            }
            if (!rule.IsRate || figure.Value is null)
            {
                continue;
            }
            var numerator = rule.HasParts ? SumOf(rule.NumeratorParts, figure.Key) : figure.Numerator;
            var denominator = rule.HasParts ? SumOf(rule.DenominatorParts, figure.Key) : figure.Denominator;
            if (SmallNumber.IsSmall(numerator) || SmallNumber.IsSmall(denominator) || SmallNumber.IsSmall(figure.Numerator) || SmallNumber.IsSmall(figure.Denominator))
            {
                yield return $"{figure.Key} shows {figure.Value} on {numerator} over {denominator}";
            }
        }
    }

    private decimal? SumOf(IReadOnlyList<string> parts, CellKey key) =>
        parts.Sum(p => Truth.Find(p, key.Area, key.Month)?.Value);
}
