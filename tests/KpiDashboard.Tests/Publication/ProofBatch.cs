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
            var output = PublicOutput.Of(plan, catalogue);
            var reader = new PublicReader(output);
            result.SmallNumbersShown.AddRange(output.SmallNumbersShown().Select(s => $"Seed {seed}: {s}"));
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
}
