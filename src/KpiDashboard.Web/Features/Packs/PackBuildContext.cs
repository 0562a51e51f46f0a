using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// What the slides of one pack share while they are built: the catalogue's names and each area's overview for a month,
/// read once however many slides need it.
/// </summary>
public sealed class PackBuildContext(OverviewQuery overview, IReadOnlyDictionary<string, Metric> metrics, CancellationToken cancellationToken)
{
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

        // A pack is built for the internal audience: packs marked for publication are redacted in a step of their own.
        var model = await overview.LoadAsync(areaCode, month, Publication.Audience.Internal, cancellationToken);
        if (model.Month is { } shown && shown != month)
        {
            model = SlideParts.MonthFor(model.Months, month) is { } earlier
                ? await overview.LoadAsync(areaCode, earlier, Publication.Audience.Internal, cancellationToken)
                : model with { Month = null, Tiles = [] };
        }

        _overviews[(areaCode, month)] = model;
        return model;
    }
}
