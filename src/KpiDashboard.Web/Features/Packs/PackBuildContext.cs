using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// What the slides of one pack share while they are built: the catalogue's names, the audience's suppression plan
/// (public for a pack marked for publication) through which every figure is read, and each area's overview for a
/// month, read once however many slides need it.
/// </summary>
public sealed class PackBuildContext(
    OverviewQuery overview, IReadOnlyDictionary<string, Metric> metrics, FigureRedactor redactor, CancellationToken cancellationToken)
{
    /// <summary>The pack's audience's figures (for an internal pack built while no plan can be decided, its figures as they are).</summary>
    public FigureRedactor Redactor => redactor;

    private readonly Dictionary<(string Area, DateOnly Month), OverviewModel> _overviews = [];

    public Metric? Metric(string code) => metrics.GetValueOrDefault(code);

    public string MetricName(string code) => metrics.GetValueOrDefault(code)?.Name ?? code;

    /// <summary>The overview for the area at the latest month with figures on or before <paramref name="month"/>.</summary>
    public async Task<OverviewModel> OverviewAsync(string areaCode, DateOnly month)
    {
        if (_overviews.TryGetValue((areaCode, month), out var kept))
        {
            return kept;
        }

        var model = await overview.LoadAsync(areaCode, month, redactor, cancellationToken);
        if (model.Month is { } shown && shown != month)
        {
            model = SlideParts.MonthFor(model.Months, month) is { } earlier
                ? await overview.LoadAsync(areaCode, earlier, redactor, cancellationToken)
                : model with { Month = null, Tiles = [] };
        }

        _overviews[(areaCode, month)] = model;
        return model;
    }
}
