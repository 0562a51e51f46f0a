using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Import;

/// <summary>The metrics and areas a file may name, matched the forgiving way analysts write them.</summary>
public sealed class ImportCatalogue
{
    private readonly Dictionary<string, Metric> _metrics;
    private readonly Dictionary<string, Area> _areas;

    public ImportCatalogue(IEnumerable<Metric> metrics, IEnumerable<Area> areas)
    {
        _metrics = metrics.ToDictionary(m => m.Code, LooseNameComparer.Instance);
        _areas = new Dictionary<string, Area>(LooseNameComparer.Instance);
        foreach (var area in areas)
        {
            _areas[area.Code] = area;
            _areas.TryAdd(area.Name, area);
        }
    }

    public static async Task<ImportCatalogue> LoadAsync(KpiDbContext db, CancellationToken cancellationToken) =>
        new(await db.Metrics.AsNoTracking().ToListAsync(cancellationToken),
            await db.Areas.AsNoTracking().ToListAsync(cancellationToken));

    public Metric? FindMetric(string text) => _metrics.GetValueOrDefault(text);

    public Area? FindArea(string text) => _areas.GetValueOrDefault(text);

    public string MetricExamples => string.Join(", ", _metrics.Values.Take(3).Select(m => m.Code));

    public string AreaExamples => string.Join(", ", _areas.Values.Distinct().Select(a => a.Code));
}
