namespace KpiDashboard.Web.Features.Publication;

/// <summary>The figures to be published, one per measure, area and month.</summary>
public sealed class FigureGrid
{
    private readonly Dictionary<CellKey, FigureCell> cells = [];
    private ILookup<(string Metric, string Area), FigureCell>? series;

    public FigureGrid(IEnumerable<FigureCell> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (var figure in figures)
        {
            if (!cells.TryAdd(figure.Key, figure))
            {
                throw new ArgumentException($"The figures to publish hold two figures for {figure.Key}; each measure, area and month can have only one.", nameof(figures));
            }
        }
    }

    public IEnumerable<FigureCell> Cells => cells.Values;

    public FigureCell? Find(CellKey key) => cells.GetValueOrDefault(key);

    public FigureCell? Find(string metric, string area, DateOnly month) => Find(new CellKey(metric, area, month));

    /// <summary>One measure's figures in one area, month by month.</summary>
    public IEnumerable<FigureCell> Series(string metric, string area)
    {
        series ??= cells.Values.OrderBy(c => c.Month).ToLookup(c => (c.Metric, c.Area));
        return series[(metric, area)];
    }
}
