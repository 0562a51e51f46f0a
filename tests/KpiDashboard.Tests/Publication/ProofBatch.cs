using System.Collections.Concurrent;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// One batch of random grids, each decided and read once; the proof's tests share it so that no grid is built twice.
/// Every finding names the seed of its grid.
/// </summary>
internal sealed class ProofBatch
{
    public const int Cases = 500;

    private static readonly ConcurrentDictionary<int, Lazy<ProofBatch>> Batches = new();

    public List<string> SmallNumbersShown { get; } = [];
    public List<string> Recovered { get; } = [];
    public Dictionary<SuppressionReason, int> Reasons { get; } = [];
    public int Relations { get; private set; }
    public int Unknowns { get; private set; }

    public static ProofBatch Of(int batch) => Batches.GetOrAdd(batch, b => new Lazy<ProofBatch>(() => Run(b))).Value;

    private static ProofBatch Run(int batch)
    {
        var result = new ProofBatch();
        foreach (var seed in Enumerable.Range(batch * Cases, Cases))
        {
            var (grid, catalogue) = new RandomPublicationData(seed).Next();
            var plan = Suppression.Decide(grid, catalogue);
            var reader = new PublicReader(plan, catalogue);
            result.SmallNumbersShown.AddRange(SmallNumbers(plan, catalogue).Select(s => $"Seed {seed}: {s}"));
            result.Recovered.AddRange(reader.Recovered().Select(s => $"Seed {seed}: {s}"));
            result.Relations += reader.System.RelationCount;
            result.Unknowns += reader.System.UnknownCount;
            foreach (var reason in plan.Suppressed.Values)
            {
                result.Reasons[reason] = result.Reasons.GetValueOrDefault(reason) + 1;
            }
        }
        return result;
    }

    /// <summary>Shown figures of measures about children that are, or rest on, a number from 1 to 5.</summary>
    private static IEnumerable<string> SmallNumbers(SuppressionPlan plan, PublicationCatalogue catalogue)
    {
        var rules = catalogue.Metrics.ToDictionary(r => r.Metric, StringComparer.Ordinal);
        foreach (var figure in plan.Publish(Audience.Public).Where(f => f.Value is not null))
        {
            var rule = rules[figure.Key.Metric];
            if (!rule.SmallNumberSuppression)
            {
                continue;
            }
            if (!rule.IsRate && SmallNumber.IsSmall(figure.Value))
            {
                yield return $"{figure.Key} shows {figure.Value}";
            }
            var numerator = rule.HasParts ? SumOf(plan, rule.NumeratorParts, figure.Key) : figure.Numerator;
            var denominator = rule.HasParts ? SumOf(plan, rule.DenominatorParts, figure.Key) : figure.Denominator;
            if (rule.IsRate && (SmallNumber.IsSmall(numerator) || SmallNumber.IsSmall(denominator)))
            {
                yield return $"{figure.Key} shows {figure.Value} on {numerator} over {denominator}";
            }
        }
    }

    private static decimal? SumOf(SuppressionPlan plan, IReadOnlyList<string> parts, CellKey key) =>
        parts.Sum(p => plan.Grid.Find(p, key.Area, key.Month)!.Value);
}
