using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>
/// The trend as an XmR chart (the statistical process control view): the figures with each point coloured and
/// shaped by its class, the mean and process limits of each partition (stepped where the limits were recalculated,
/// with the reason on a labelled marker), faint two-sigma lines, and the target.
/// </summary>
public static class SpcChart
{
    public const string Kind = "spc";

    /// <summary>The Chart.js point shape of each class, so a point's class reads without its colour.</summary>
    public static string PointStyleFor(SpcClass point) => point switch
    {
        SpcClass.Improvement => "triangle",
        SpcClass.Concern => "rectRot",
        SpcClass.Neither => "rect",
        _ => "circle",
    };

    /// <param name="series">The area's figures over the months, for the table's <c>c</c> and markers of suppressed figures (which have no point).</param>
    public static ChartView Build(MetricFacts metric, AreaChoice area, IReadOnlyList<DateOnly> months, SpcResult spc, AreaSeries? series = null)
    {
        var points = months.Select(m => spc.Points.FirstOrDefault(p => p.Period == m)).ToList();
        var title = $"{area.Name}, {ChartParts.Span(months)}: statistical process control";
        var target = months.Count > 0 ? RagEngine.TargetFor(metric.Targets, area.Id, months[^1])?.Target : null;
        var summary = Summary(metric, area, spc, target);
        var table = Table(metric, area, months, points, series, spc.LimitsWithheld);
        var fileName = ChartParts.FileName(metric.Code, Kind, area.Code, months.Count > 0 ? Import.PeriodParser.Format(months[^1]) : "");
        if (points.All(p => p is null))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        // Without limits (withheld publicly) a point has no class to show: it is a figure alone.
        var looks = points.Select(p => p is null || spc.LimitsWithheld ? null : SpcLook.For(p.Class)).ToList();
        var datasets = new List<ChartDataset>
        {
            new(area.Name, [.. points.Select(p => p?.Value)])
            {
                BorderColor = ChartPalette.SpcLine,
                BackgroundColor = ChartPalette.SpcLine,
                BorderWidth = 2,
                PointStyle = points.Select(p => PointStyleFor(p?.Class ?? SpcClass.Common)).ToList(),
                PointBackgroundColor = looks.Select(l => l?.Colour ?? ChartPalette.SpcLine).ToList(),
                PointBorderColor = looks.Select(l => l?.Colour ?? ChartPalette.SpcLine).ToList(),
                PointRadius = 5,
                PointHoverRadius = 7,
                Order = 1,
                Details = [.. looks.Select(l => l is null ? null : new PointDetail(l.Label, null, null))],
            },
        };
        if (spc.Partitions.Count > 0)
        {
            datasets.Add(Line("Mean", points, p => p.Mean, ChartPalette.SpcMean, 2, []));
            datasets.Add(Line("Upper process limit", points, p => p.UpperLimit, ChartPalette.SpcLimit, 2, [6, 3]));
            datasets.Add(Line("Lower process limit", points, p => p.LowerLimit, ChartPalette.SpcLimit, 2, [6, 3]));
            datasets.Add(Line("Upper two-sigma line", points, p => p.UpperTwoSigma, ChartPalette.SpcTwoSigma, 1, [2, 3]));
            datasets.Add(Line("Lower two-sigma line", points, p => p.LowerTwoSigma, ChartPalette.SpcTwoSigma, 1, [2, 3]));
        }

        if (metric.Polarity != Polarity.Neutral && target is { } aim)
        {
            datasets.Add(new ChartDataset("Target", [.. months.Select(m => RagEngine.TargetFor(metric.Targets, area.Id, m)?.Target)])
            {
                BorderColor = ChartPalette.Target,
                BackgroundColor = ChartPalette.Background,
                BorderWidth = 2,
                BorderDash = [8, 4],
                PointRadius = 0,
                PointHoverRadius = 0,
                Stepped = "middle",
                Order = 2,
            });
        }

        var config = new ChartConfig("line", new ChartData(ChartParts.MonthLabels(months), datasets),
            ChartParts.LineOptions(metric.Unit, new AnnotationOptions(Recalculations(months, spc).ToDictionary()), legend: true, pointStyleLegend: false) with
            {
                Scales = new ChartScales(
                    new ChartAxis { Ticks = new AxisTicks { MaxRotation = 0 } },
                    new ChartAxis { BeginAtZero = false, Title = new AxisTitle(MetricWords.Unit(metric.Unit)) }),
            },
            metric.Unit);
        return new ChartView(Kind, title, summary, config, table)
        {
            FileName = fileName,
            Notes = [.. Legend(points), .. BaselineNotes(spc), .. spc.Partitions.Where(p => p.Reason is not null && months.Contains(p.From))
                .Select(p => $"Limits recalculated from {FigureFormat.Month(p.From)}: {p.Reason}.")],
        };
    }

    /// <summary>
    /// E.g. "Special cause improvement: the last 6 points are below the mean of 24%; the target of 10% is inside the
    /// process limits, so it will be hit or missed by chance."
    /// </summary>
    public static string Summary(MetricFacts metric, AreaChoice area, SpcResult spc, decimal? target)
    {
        string V(decimal value) => FigureFormat.Value(value, metric.Unit);
        if (spc.Points.Count == 0)
        {
            return $"No figures for {area.Name} yet, so there is no statistical process control chart.";
        }

        if (spc.LimitsWithheld)
        {
            return $"Some of {area.Name}'s figures are shown as c, so the published chart has no process limits or signals: they would rest on those figures.";
        }

        if (spc.LatestPartition is not { } limits)
        {
            return $"Process limits need at least {SpcOptions.MinimumPoints} monthly figures and {area.Name} has {spc.Points.Count}, so the figures are shown without limits or signals.";
        }

        var last = spc.Points[^1];
        var variation = last.Class switch
        {
            SpcClass.Common => $"Common cause variation: the latest figure, {V(last.Value)}, is within the process limits of {V(limits.LowerLimit)} to {V(limits.UpperLimit)}",
            SpcClass.Improvement => $"Special cause improvement: {Why(spc, V)}",
            SpcClass.Concern => $"Special cause concern: {Why(spc, V)}",
            _ => $"Special cause variation: {Why(spc, V)}",
        };
        var assurance = spc.Assurance switch
        {
            AssuranceIcon.Pass => $"; the target of {V(target!.Value)} is beyond the process limits on the better side, so it will be met consistently.",
            AssuranceIcon.Fail => $"; the target of {V(target!.Value)} is beyond the process limits on the worse side, so it will not be met without a change to the process.",
            AssuranceIcon.HitOrMiss => $"; the target of {V(target!.Value)} is inside the process limits, so it will be hit or missed by chance.",
            _ => ".",
        };
        return variation + assurance;
    }

    /// <summary>Which rule the latest point shows: beyond a limit, a run on one side of the mean, or the rest.</summary>
    private static string Why(SpcResult spc, Func<decimal, string> v)
    {
        var last = spc.Points[^1];
        var limits = last.Partition!;
        if (last.Value > limits.UpperLimit)
        {
            return $"the latest figure, {v(last.Value)}, is above the upper process limit of {v(limits.UpperLimit)}";
        }

        if (last.Value < limits.LowerLimit)
        {
            return $"the latest figure, {v(last.Value)}, is below the lower process limit of {v(limits.LowerLimit)}";
        }

        var side = Math.Sign(last.Value - limits.Mean);
        var run = spc.Points.Reverse().TakeWhile(p => p.Partition is { } q && Math.Sign(p.Value - q.Mean) == side).Count();
        return run >= 6 && side != 0
            ? $"the last {run} points are {(side > 0 ? "above" : "below")} the mean of {v(limits.Mean)}"
            : $"the latest figure, {v(last.Value)}, is part of a run of rising or falling points, or near a process limit";
    }

    private static IEnumerable<string> Legend(List<SpcPoint?> points) =>
        points.Any(p => p is { Class: not SpcClass.Common })
            ? ["Points: circle, common cause; triangle, special cause improvement; diamond, special cause concern; square, special cause neither better nor worse."]
            : [];

    private static ChartDataset Line(string label, List<SpcPoint?> points, Func<SpcPartition, decimal> value, string colour, double width, IReadOnlyList<int> dash) =>
        new(label, [.. points.Select(p => p?.Partition is { } q ? value(q) : (decimal?)null)])
        {
            BorderColor = colour,
            // A white legend box with the line's outline and dash, as the target's.
            BackgroundColor = ChartPalette.Background,
            BorderWidth = width,
            BorderDash = dash,
            PointRadius = 0,
            PointHoverRadius = 0,
            Stepped = "middle",
            Order = 2,
        };

    /// <summary>"Limits fixed on Apr 2018 to Mar 2019.", or why a baseline set in the catalogue was not used.</summary>
    public static IEnumerable<string> BaselineNotes(SpcResult spc) => (spc.Partitions.Count == 0 ? null : spc.Partitions[0]) switch
    {
        { FixedOn: { } fixedOn } => [$"Limits fixed on {Period(fixedOn)}."],
        { BaselineNotUsed: { } unused } =>
            [$"The baseline {Period(unused)} holds fewer than {SpcOptions.MinimumBaselinePoints} figures, so the first limits come from every month until the next recalculation."],
        _ => [],
    };

    private static string Period(SpcBaselinePeriod period) => $"{FigureFormat.Month(period.First)} to {FigureFormat.Month(period.Last)}";

    private static IEnumerable<KeyValuePair<string, ChartAnnotation>> Recalculations(IReadOnlyList<DateOnly> months, SpcResult spc) =>
        spc.Partitions.Where(p => p.Reason is not null)
            .Select((p, n) => (Partition: p, Index: months.ToList().IndexOf(p.From), n))
            .Where(x => x.Index >= 0)
            .Select(x => new KeyValuePair<string, ChartAnnotation>($"recalculation-{x.n}", new ChartAnnotation("line")
            {
                XMin = x.Index - 0.5m,
                XMax = x.Index - 0.5m,
                BorderColor = ChartPalette.Event,
                BorderWidth = 2,
                BorderDash = [2, 3],
                // Over the datasets: the mean and limits step on this very line and would hide its label. It sits
                // half a month from the nearest points, so it covers none; the full reason is listed under the chart.
                DrawTime = "afterDatasetsDraw",
                Label = new AnnotationLabel(TrendChart.Shortened($"Recalculated: {x.Partition.Reason}")) { Rotation = -90 },
            }));

    /// <summary>Means and limits are shown to one decimal place and kept to two in the CSV.</summary>
    private static TableCell Limit(decimal? value, MetricUnit unit) =>
        TableCell.Of(value is { } v ? Math.Round(v, 2) : null, v => FigureFormat.Value(Math.Round(v, 1), unit));

    private static ChartTable Table(MetricFacts metric, AreaChoice area, IReadOnlyList<DateOnly> months, List<SpcPoint?> points, AreaSeries? series, bool limitsWithheld)
    {
        string[] columns = ["Figure", "SPC class", "Mean", "Lower process limit", "Upper process limit"];
        Figure? FigureAt(int i) => series is not null && i < series.Figures.Count ? series.Figures[i] : null;
        var rows = months.Select((month, i) => points[i] is { } p
            ? new ChartTableRow(FigureFormat.Month(month),
            [
                TableCell.Of(p.Value, v => FigureFormat.Value(v, metric.Unit)) with { WhenPublished = Publication.SuppressionWords.Sentence(FigureAt(i)?.WhenPublished ?? Publication.SuppressionReason.None) },
                limitsWithheld ? TableCell.Empty : TableCell.Word(SpcLook.For(p.Class).Label),
                Limit(p.Partition?.Mean, metric.Unit),
                Limit(p.Partition?.LowerLimit, metric.Unit),
                Limit(p.Partition?.UpperLimit, metric.Unit),
            ])
            : new ChartTableRow(FigureFormat.Month(month),
                [FigureAt(i)?.Suppressed == true ? TableCell.Suppressed : TableCell.Empty, TableCell.Empty, TableCell.Empty, TableCell.Empty, TableCell.Empty])).ToList();
        return new ChartTable($"{metric.Name}: {area.Name}, {ChartParts.Span(months)}, statistical process control", "Month", columns, rows);
    }
}
