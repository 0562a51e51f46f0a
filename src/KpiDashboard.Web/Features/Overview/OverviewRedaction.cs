using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>The overview's figures as one audience may see them, applied to each row as it is read, before a tile is built.</summary>
internal static class OverviewRedaction
{
    /// <summary>
    /// Each month's figure through the redactor. Publicly a suppressed month has no value, so the tile's RAG, changes
    /// and sparkline treat it as a gap; and the data-quality inputs that rest on the series' changes are dropped.
    /// </summary>
    public static OverviewSql.Row Apply(OverviewSql.Row row, int areaId, FigureRedactor redactor)
    {
        var published = row.Periods.Select((period, i) => redactor.Publish(row.MetricId, areaId, period, row.Values[i], null, null,
            period == row.Month && row.Status is { } status ? status : row.Values[i] is null ? ObservationStatus.NotAvailable : ObservationStatus.Actual)).ToList();
        var chosen = row.Month is { } month ? published.FirstOrDefault(p => p.Key.Month == month) : null;
        var hidden = !MayShowSignals(row.MetricId, areaId, redactor);
        return row with
        {
            Values = [.. published.Select(p => p.Value)],
            Status = chosen?.Status ?? row.Status,
            Quality = hidden && row.Quality is { } quality ? quality with { LatestChange = null, UsualMovingRange = null } : row.Quality,
        };
    }

    /// <summary>Publicly, a series with a suppressed point shows no SPC icons (nor an "unusual change" flag, which rests on its changes).</summary>
    public static bool MayShowSignals(int metricId, int areaId, FigureRedactor? redactor) =>
        redactor is not { IsPublic: true } || redactor.MayShowSpcSignals(metricId, areaId);

    public static bool MayShowSignals(IReadOnlyDictionary<int, Metric> metrics, string code, int areaId, FigureRedactor? redactor) =>
        redactor is not { IsPublic: true } || metrics.Values.FirstOrDefault(m => m.Code == code) is not { } metric || redactor.MayShowSpcSignals(metric.Id, areaId);
}
