namespace KpiDashboard.Web.Features.Publication;

/// <summary>The grid with the catalogue's rules looked up once, and the decisions taken so far.</summary>
internal sealed class SuppressionContext
{
    private readonly Dictionary<string, MetricRule> rules;
    private readonly Dictionary<string, AreaNode> areas;
    private readonly Dictionary<string, IReadOnlyList<string>> partsByMetric;

    private SuppressionContext(FigureGrid grid, Dictionary<string, MetricRule> rules, Dictionary<string, AreaNode> areas)
    {
        Grid = grid;
        this.rules = rules;
        this.areas = areas;
        Rules = [.. rules.Values.OrderBy(r => r.Metric, StringComparer.Ordinal)];
        partsByMetric = rules.Values.ToDictionary(r => r.Metric, r => (IReadOnlyList<string>)[.. r.AllParts], StringComparer.Ordinal);
        Children = areas.Values
            .Where(a => a.Parent is not null)
            .GroupBy(a => a.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(a => a.SortOrder).ThenBy(a => a.Area, StringComparer.Ordinal).Select(a => a.Area)], StringComparer.Ordinal);
        var byMetric = grid.Cells.GroupBy(c => c.Metric, StringComparer.Ordinal).ToList();
        MonthsByMetric = byMetric.ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)[.. g.Select(c => c.Month).Distinct().Order()], StringComparer.Ordinal);
        CellsByMetric = byMetric.ToDictionary(g => g.Key, g => (IReadOnlyList<FigureCell>)[.. g.OrderBy(c => c.Area, StringComparer.Ordinal).ThenBy(c => c.Month)], StringComparer.Ordinal);
    }

    public FigureGrid Grid { get; }

    public Dictionary<CellKey, SuppressionReason> Decisions { get; } = [];

    /// <summary>Each parent area's sub-areas, in their sort order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Children { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> MonthsByMetric { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<FigureCell>> CellsByMetric { get; }

    public IReadOnlyList<FigureCell> CellsOf(string metric) => CellsByMetric.GetValueOrDefault(metric) ?? [];

    public IReadOnlyList<MetricRule> Rules { get; }

    /// <summary>Every count a rate is built from, numerator and denominator, once each.</summary>
    public IReadOnlyList<string> PartsOf(MetricRule rule) => partsByMetric[rule.Metric];

    public MetricRule RuleFor(string metric) => rules[metric];

    public int SortOrderOf(string area) => areas[area].SortOrder;

    public bool IsSuppressed(CellKey key) => Decisions.ContainsKey(key);

    /// <summary>Records a suppression; false when the cell was already suppressed.</summary>
    public bool Suppress(CellKey key, SuppressionReason reason) => Decisions.TryAdd(key, reason);

    /// <summary>A cell the public reads a number from: it holds one and is not suppressed.</summary>
    public bool IsShownNumber(FigureCell? cell) => cell is not null && cell.HasValue && !IsSuppressed(cell.Key);

    public static SuppressionContext Create(FigureGrid grid, PublicationCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(catalogue);
        var rules = new Dictionary<string, MetricRule>(StringComparer.Ordinal);
        foreach (var rule in catalogue.Metrics)
        {
            if (!rules.TryAdd(rule.Metric, rule))
            {
                throw new ArgumentException($"The publication catalogue lists the measure {rule.Metric} twice.", nameof(catalogue));
            }
        }
        foreach (var part in rules.Values.SelectMany(r => r.AllParts.Select(p => (r.Metric, Part: p))).Where(x => !rules.ContainsKey(x.Part)))
        {
            throw new ArgumentException($"The measure {part.Metric} is built from {part.Part}, which the publication catalogue does not list.", nameof(catalogue));
        }
        var areas = ReadAreas(catalogue.Areas);
        foreach (var cell in grid.Cells)
        {
            if (!rules.ContainsKey(cell.Metric))
            {
                throw new ArgumentException($"The figures to publish include {cell.Key}, but the publication catalogue has no rule for {cell.Metric}.", nameof(grid));
            }
            if (!areas.ContainsKey(cell.Area))
            {
                throw new ArgumentException($"The figures to publish include {cell.Key}, but the area {cell.Area} is not in the area tree.", nameof(grid));
            }
        }
        return new SuppressionContext(grid, rules, areas);
    }

    private static Dictionary<string, AreaNode> ReadAreas(IReadOnlyList<AreaNode> nodes)
    {
        var areas = new Dictionary<string, AreaNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!areas.TryAdd(node.Area, node))
            {
                throw new ArgumentException($"The area tree lists the area {node.Area} twice.", nameof(nodes));
            }
        }
        foreach (var node in areas.Values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { node.Area };
            for (var parent = node.Parent; parent is not null; parent = areas[parent].Parent)
            {
                if (!areas.ContainsKey(parent))
                {
                    throw new ArgumentException($"The area {node.Area} sits under {parent}, which is not in the area tree.", nameof(nodes));
                }
                if (!seen.Add(parent))
                {
                    throw new ArgumentException($"The area tree goes round in a circle through {node.Area}.", nameof(nodes));
                }
            }
        }
        return areas;
    }
}
