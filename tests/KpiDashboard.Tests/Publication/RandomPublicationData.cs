using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// Random grids full of small counts: zeros, a single small quadrant, all-small quadrants, small numerators on large
/// denominators, and shares built from parts; parents are the sums of their sub-areas, as the figures view makes them.
/// </summary>
internal sealed class RandomPublicationData(int seed)
{
    private readonly Random random = new(seed);

    public static readonly MetricRule[] Rules =
    [
        MetricRule.Count("outstanding"), MetricRule.Count("good"), MetricRule.Count("requires-improvement"), MetricRule.Count("inadequate"),
        new("inadequate-pct", true, Rollup.Share, ["inadequate"], ["outstanding", "good", "requires-improvement", "inadequate"]),
        new("good-or-better-pct", true, Rollup.Share, ["outstanding", "good"], ["outstanding", "good", "requires-improvement", "inadequate"]),
        MetricRule.Count("missing"),
        new("interviews-pct", true, Rollup.Ratio, [], []),
        MetricRule.Count("referrals", smallNumberSuppression: false), MetricRule.Count("repeat-referrals", smallNumberSuppression: false),
        new("repeat-referrals-pct", true, Rollup.Ratio, ["repeat-referrals"], ["referrals"]),
        MetricRule.Count("complaints", smallNumberSuppression: false),
    ];

    private static readonly string[] Counts = ["outstanding", "good", "requires-improvement", "inadequate", "missing", "complaints", "referrals"];

    public (FigureGrid Grid, PublicationCatalogue Catalogue) Next()
    {
        var areas = Areas();
        var leaves = areas.Where(a => areas.All(c => c.Parent != a.Area)).Select(a => a.Area).ToList();
        var monthCount = random.Next(8) == 0 ? 13 : random.Next(1, 5);
        var months = Enumerable.Range(0, monthCount).Select(i => new DateOnly(2025, 4, 1).AddMonths(i)).ToList();
        var cells = new List<FigureCell>();
        foreach (var month in months)
        {
            var values = new Dictionary<(string Metric, string Area), decimal>();
            foreach (var metric in Counts)
            {
                var scenario = random.Next(6);
                foreach (var leaf in leaves)
                {
                    values[(metric, leaf)] = Leaf(scenario);
                }
            }
            foreach (var leaf in leaves)
            {
                var referrals = values[("referrals", leaf)];
                values[("repeat-referrals", leaf)] = Math.Min(referrals, random.Next(2) == 0 ? random.Next(0, 6) : random.Next(0, 40));
                var interviews = Leaf(random.Next(6));
                values[("interviews-den", leaf)] = interviews;
                values[("interviews-num", leaf)] = random.Next(2) == 0 ? Math.Min(interviews, random.Next(0, 6)) : random.Next(0, (int)interviews + 1);
            }
            foreach (var area in areas.Select(a => a.Area).Where(a => !leaves.Contains(a)).OrderByDescending(a => Depth(areas, a)))
            {
                var children = areas.Where(a => a.Parent == area).Select(a => a.Area).ToList();
                foreach (var key in values.Keys.Where(k => k.Area == children[0]).Select(k => k.Metric).ToList())
                {
                    values[(key, area)] = children.Sum(c => values[(key, c)]);
                }
            }
            foreach (var area in areas.Select(a => a.Area))
            {
                foreach (var metric in Counts.Append("repeat-referrals"))
                {
                    cells.Add(Grids.Count(metric, area, values[(metric, area)], month));
                }
                cells.Add(Grids.Rate("interviews-pct", area, values[("interviews-num", area)], values[("interviews-den", area)], month));
                foreach (var share in Rules.Where(r => r.HasParts))
                {
                    cells.Add(Grids.Rate(share.Metric, area, share.NumeratorParts.Sum(p => values[(p, area)]), share.DenominatorParts.Sum(p => values[(p, area)]), month));
                }
            }
        }
        return (new FigureGrid(cells), new PublicationCatalogue(Rules, areas));
    }

    private decimal Leaf(int scenario) => scenario switch
    {
        0 => 0,
        1 => random.Next(3) == 0 ? random.Next(1, 6) : random.Next(2) == 0 ? 0 : random.Next(6, 60),
        2 => random.Next(0, 6),
        3 => random.Next(0, 30),
        4 => random.Next(6, 200),
        _ => random.Next(4) == 0 ? random.Next(1, 6) : random.Next(0, 12),
    };

    /// <summary>The authority and its four quadrants; a third of the time each quadrant has two or three localities.</summary>
    private List<AreaNode> Areas()
    {
        var areas = new List<AreaNode> { new("LA", null) };
        var withLocalities = random.Next(3) == 0;
        for (var q = 1; q <= 4; q++)
        {
            areas.Add(new($"Q{q}", "LA", q));
            if (withLocalities)
            {
                var count = random.Next(2, 4);
                areas.AddRange(Enumerable.Range(1, count).Select(l => new AreaNode($"Q{q}L{l}", $"Q{q}", l)));
            }
        }
        return areas;
    }

    private static int Depth(List<AreaNode> areas, string area)
    {
        var depth = 0;
        for (var parent = areas.Single(a => a.Area == area).Parent; parent is not null; parent = areas.Single(a => a.Area == parent).Parent)
        {
            depth++;
        }
        return depth;
    }
}
