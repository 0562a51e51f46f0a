using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Web.Features.Spc;

/// <summary>Reads a metric's stored SPC settings and turns one area's figures into its XmR chart.</summary>
public static class MetricSpc
{
    /// <param name="baselines">The metric's baselines (others are ignored): the area's own is used before the one for every area.</param>
    public static SpcResult Analyse(
        Metric metric,
        int areaId,
        IEnumerable<(DateOnly Period, decimal? Value)> figures,
        SpcSetting? setting,
        IEnumerable<SpcRecalculationPoint> recalculations,
        IEnumerable<SpcBaseline> baselines)
    {
        var series = figures.Where(f => f.Value is not null).Select(f => new SpcInputPoint(f.Period, f.Value!.Value)).ToList();
        var options = (setting is null ? SpcOptions.Default : new SpcOptions(setting.ShiftLength, setting.TrendLength)) with
        {
            Baseline = BaselineFor(metric.Id, areaId, baselines),
        };
        var recalculationsHere = recalculations
            .Where(r => r.MetricId == metric.Id && (r.AreaId is null || r.AreaId == areaId))
            .Select(r => new SpcRecalculation(r.StartsFrom, r.Reason, r.BaselineMonths));
        var target = series.Count == 0 ? null : RagEngine.TargetFor(metric.Targets, areaId, series[^1].Period);
        return XmrChart.Analyse(series, ImprovementDirections.For(metric.Polarity), options, recalculationsHere, target?.Target ?? target?.Green);
    }

    public static SpcBaselinePeriod? BaselineFor(int metricId, int areaId, IEnumerable<SpcBaseline> baselines) =>
        baselines.Where(b => b.MetricId == metricId && (b.AreaId is null || b.AreaId == areaId))
            .OrderBy(b => b.AreaId is null)
            .Select(b => new SpcBaselinePeriod(b.FirstMonth, b.LastMonth))
            .FirstOrDefault();
}
