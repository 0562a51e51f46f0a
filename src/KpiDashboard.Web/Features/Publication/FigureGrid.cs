namespace KpiDashboard.Web.Features.Publication;

/// <summary>The figures to be published, one per measure, area and month.</summary>
public sealed class FigureGrid
{
    private readonly Dictionary<CellKey, FigureCell> cells = [];

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
}
