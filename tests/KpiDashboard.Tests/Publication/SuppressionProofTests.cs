using System.Diagnostics;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// The property the public output must keep, over thousands of random grids full of small numbers (fixed seeds, so a
/// failure names the grid that broke it): no small number is shown, and no suppressed figure can be worked out.
/// </summary>
public sealed class SuppressionProofTests
{
    private const int CasesPerBatch = 500;

    public static TheoryData<int> Batches => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Batches))]
    public void No_shown_figure_of_a_suppressed_measure_is_from_1_to_5_or_rests_on_one(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (grid, catalogue) = new RandomPublicationData(seed).Next();
            var plan = Suppression.Decide(grid, catalogue);

            var shownSmall = SmallNumbersShown(plan, catalogue).ToList();

            Assert.True(shownSmall.Count == 0, $"Seed {seed}: {string.Join("; ", shownSmall.Take(5))}");
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void No_suppressed_figure_can_be_worked_out_from_the_public_output(int batch)
    {
        foreach (var seed in Seeds(batch))
        {
            var (grid, catalogue) = new RandomPublicationData(seed).Next();
            var plan = Suppression.Decide(grid, catalogue);

            var recovered = new PublicReader(plan, catalogue).Recovered().ToList();

            Assert.True(recovered.Count == 0, $"Seed {seed}: {string.Join("; ", recovered.Take(5))}");
        }
    }

    [Fact]
    public void The_random_grids_hold_the_cases_the_proof_is_about()
    {
        var reasons = new Dictionary<SuppressionReason, int>();
        var relations = 0;
        var watch = Stopwatch.StartNew();
        foreach (var seed in Seeds(0))
        {
            var (grid, catalogue) = new RandomPublicationData(seed).Next();
            var plan = Suppression.Decide(grid, catalogue);
            relations += new PublicReader(plan, catalogue).System.RelationCount;
            foreach (var reason in plan.Suppressed.Values)
            {
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
        }

        Assert.All(Enum.GetValues<SuppressionReason>().Where(r => r is not (SuppressionReason.None or SuppressionReason.Withheld)), r => Assert.True(reasons.GetValueOrDefault(r) > CasesPerBatch, $"Only {reasons.GetValueOrDefault(r)} {r} suppressions in {CasesPerBatch} grids."));
        Assert.True(relations > CasesPerBatch, $"Only {relations} relations with unknowns in {CasesPerBatch} grids.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{CasesPerBatch} grids took {watch.Elapsed}.");
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

    private static IEnumerable<int> Seeds(int batch) => Enumerable.Range(batch * CasesPerBatch, CasesPerBatch);

    private static IEnumerable<string> SmallNumbersShown(SuppressionPlan plan, PublicationCatalogue catalogue)
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
            var parts = rule.AllParts.Select(p => plan.Grid.Find(p, figure.Key.Area, figure.Key.Month)!.Value).ToList();
            var numerator = rule.HasParts ? rule.NumeratorParts.Sum(p => plan.Grid.Find(p, figure.Key.Area, figure.Key.Month)!.Value) : figure.Numerator;
            var denominator = rule.HasParts ? rule.DenominatorParts.Sum(p => plan.Grid.Find(p, figure.Key.Area, figure.Key.Month)!.Value) : figure.Denominator;
            if (rule.IsRate && (SmallNumber.IsSmall(numerator) || SmallNumber.IsSmall(denominator)))
            {
                yield return $"{figure.Key} shows {figure.Value} on {numerator} over {denominator}";
            }
        }
    }
}
