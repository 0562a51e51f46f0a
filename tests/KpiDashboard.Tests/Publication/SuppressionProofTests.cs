using System.Diagnostics;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// The property the public output must keep, over thousands of random grids full of small numbers (fixed seeds, so a
/// failure names the grid that broke it): no small number is shown, and no suppressed figure can be worked out.
/// </summary>
public sealed class SuppressionProofTests
{
    public static TheoryData<int> Batches => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Batches))]
    public void No_shown_figure_of_a_suppressed_measure_is_from_1_to_5_or_rests_on_one(int batch)
    {
        var found = ProofBatch.Of(batch).SmallNumbersShown;

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Take(5)));
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void No_suppressed_figure_can_be_worked_out_from_the_public_output(int batch)
    {
        var found = ProofBatch.Of(batch).Recovered;

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found.Take(5)));
    }

    [Fact]
    public void The_random_grids_hold_the_cases_the_proof_is_about()
    {
        var watch = Stopwatch.StartNew();
        var batch = ProofBatch.Of(0);

        Assert.All(
            Enum.GetValues<SuppressionReason>().Where(r => r is not (SuppressionReason.None or SuppressionReason.Withheld or SuppressionReason.Unchecked)),
            r => Assert.True(batch.Reasons.GetValueOrDefault(r) > ProofBatch.Cases, $"Only {batch.Reasons.GetValueOrDefault(r)} {r} suppressions in {ProofBatch.Cases} grids."));
        Assert.True(batch.Relations > ProofBatch.Cases, $"Only {batch.Relations} relations with unknowns in {ProofBatch.Cases} grids.");
        Assert.True(batch.Unknowns > ProofBatch.Cases, $"Only {batch.Unknowns} unknowns in {ProofBatch.Cases} grids.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{ProofBatch.Cases} grids took {watch.Elapsed}.");
    }

    [Fact]
    public void The_reader_works_out_a_quadrant_a_plan_without_secondary_suppression_leaves_alone()
    {
        var (grid, catalogue) = new RandomPublicationData(7).Next();
        var plan = Suppression.Decide(grid, catalogue);
        var primaryOnly = new SuppressionPlan(grid, plan.Suppressed
            .Where(s => s.Value is SuppressionReason.Primary or SuppressionReason.Rate)
            .ToDictionary(s => s.Key, s => s.Value));

        Assert.Contains(plan.Suppressed.Values, r => r == SuppressionReason.Secondary);
        Assert.NotEmpty(new PublicReader(primaryOnly, catalogue).Recovered());
    }
}
