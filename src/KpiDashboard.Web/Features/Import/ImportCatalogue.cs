using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Import;

/// <summary>The metrics and areas a file may name, matched the forgiving way analysts write them.</summary>
public sealed class ImportCatalogue
{
    private readonly Dictionary<string, Metric> _metrics;
    private readonly Dictionary<string, Area> _areas;
    // Most cells name a metric or area exactly as the catalogue does; an ordinal lookup of those is several
    // times cheaper than the forgiving comparer, which matters over a million rows.
    private readonly Dictionary<string, Metric> _metricsExactly;
    private readonly Dictionary<string, Area> _areasExactly;

    public ImportCatalogue(IEnumerable<Metric> metrics, IEnumerable<Area> areas)
    {
        _metrics = metrics.ToDictionary(m => m.Code, LooseNameComparer.Instance);
        _areas = new Dictionary<string, Area>(LooseNameComparer.Instance);
        foreach (var area in areas)
        {
            _areas[area.Code] = area;
            _areas.TryAdd(area.Name, area);
        }

        _metricsExactly = new Dictionary<string, Metric>(_metrics, StringComparer.Ordinal);
        _areasExactly = new Dictionary<string, Area>(_areas, StringComparer.Ordinal);
    }

    public static async Task<ImportCatalogue> LoadAsync(KpiDbContext db, CancellationToken cancellationToken) =>
        new(await db.Metrics.AsNoTracking().ToListAsync(cancellationToken),
            await db.Areas.AsNoTracking().ToListAsync(cancellationToken));

    public Metric? FindMetric(string text) => _metricsExactly.GetValueOrDefault(text) ?? _metrics.GetValueOrDefault(text);

    public Area? FindArea(string text) => _areasExactly.GetValueOrDefault(text) ?? _areas.GetValueOrDefault(text);

    public string MetricExamples => string.Join(", ", _metrics.Values.Take(3).Select(m => m.Code));

    public string AreaExamples => string.Join(", ", _areas.Values.Distinct().Select(a => a.Code));
}
