using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Metrics;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// A measure's chart for an area, made by the detail page's own query and chart builders: the same chart, summary
/// sentence and table the detail page shows for that measure, area and month.
/// </summary>
public sealed class MeasureSlideBuilder(MetricDetailQuery details)
{
    /// <summary>Months shown on a trend, SPC or comparison slide: a year, legible from the back of a room.</summary>
    public const int SlideMonths = 12;

    public static string ViewName(PackChartView view) => view switch
    {
        PackChartView.Spc => "statistical process control",
        PackChartView.Comparison => "quadrant comparison",
        PackChartView.AuditGrades => "audit grades",
        PackChartView.Workforce => "workforce",
        _ => "trend",
    };

    /// <summary>Whether the measure has the view (audit grades and workforce charts belong to a few measures only).</summary>
    public static bool Offers(string metricCode, PackChartView view) => view switch
    {
        PackChartView.AuditGrades => MetricGroups.HasAuditGrades(metricCode),
        PackChartView.Workforce => MetricGroups.IsWorkforce(metricCode),
        _ => true,
    };

    public async Task<PackSlideContent> BuildAsync(PackSlide slide, DateOnly month, PackBuildContext context, CancellationToken cancellationToken)
    {
        var view = slide.ChartView ?? PackChartView.Trend;
        var data = await LoadAsync(slide.Metric!.Code, slide.Area!.Code, month, context, cancellationToken);
        var empty = new PackSlideContent(slide.Id, slide.Position, PackSlideKind.MeasureChart, slide.Title ?? $"{slide.Metric.Name}: {slide.Area.Name}",
            $"No figures for {slide.Area.Name} up to {Components.Figures.FigureFormat.Month(month)}.")
        {
            View = view, MetricCode = slide.Metric.Code, MetricName = slide.Metric.Name, AreaCode = slide.Area.Code, AreaName = slide.Area.Name,
            SpeakerNotes = slide.SpeakerNotes,
        };
        if (data?.End is not { } end)
        {
            return empty;
        }

        // Publicly, a series with a figure shown as c has no control limits or signals: the slide shows its trend instead.
        var spcWithheld = view == PackChartView.Spc && context.Redactor is { IsPublic: true } redactor && !redactor.MayShowSpcSignals(slide.Metric.Id, slide.Area.Id);
        var chart = Chart(data, spcWithheld ? PackChartView.Trend : view);
        if (chart is null)
        {
            return empty with { SummarySentence = $"{slide.Metric.Name} has no {ViewName(view)} chart." };
        }

        var headline = await HeadlineAsync(data, end, context);
        return empty with
        {
            Title = slide.Title ?? $"{data.Metric.Name}: {chart.Title}",
            SummarySentence = chart.Summary,
            ChartKind = chart.Kind,
            Month = end,
            Chart = chart.Config,
            Table = SlideParts.Table(chart.Table),
            Notes = spcWithheld ? [.. chart.Notes, SpcWithheldNote] : chart.Notes,
            Figures = [.. Figures(data, view, end, context).Select(f => f.Key == headline.Key ? headline with { SpcClass = f.SpcClass, SpcMean = f.SpcMean, SpcLowerLimit = f.SpcLowerLimit, SpcUpperLimit = f.SpcUpperLimit } : f)],
            Commentary = data.Commentary is { } c
                ? [new PackCommentary(data.Metric.Name, data.Area.Name, c.Period, c.Current.Text, c.Current.Author, c.Current.WrittenAt)]
                : [],
            Annotations = [.. data.Events.Select(e => new PackAnnotation(e.Date, e.Text))],
        };
    }

    public const string SpcWithheldNote =
        "Control limits and signals are not shown: this series has figures shown as c, and the limits would let them be worked out.";

    /// <summary>The detail page's data for the measure and area, for the latest month with figures up to the pack's, as the pack's audience may see it.</summary>
    private async Task<MetricDetailData?> LoadAsync(string metricCode, string areaCode, DateOnly month, PackBuildContext context, CancellationToken cancellationToken)
    {
        var data = await details.LoadAsync(metricCode, areaCode, month, SlideMonths, context.Redactor, cancellationToken);
        if (data is null || data.End == month || data.End is null)
        {
            return data;
        }

        return SlideParts.MonthFor(data.AvailableMonths, month) is { } earlier
            ? await details.LoadAsync(metricCode, areaCode, earlier, SlideMonths, context.Redactor, cancellationToken)
            : data with { Window = [] };
    }

    private static ChartView? Chart(MetricDetailData data, PackChartView view) => view switch
    {
        PackChartView.Spc => MetricDetailCharts.First(data, TrendView.Spc),
        PackChartView.Comparison => ComparisonChart.Build(data.Metric, data.Window, data.ComparisonSeries),
        PackChartView.AuditGrades => data.Grades is { } grades ? AuditGradeChart.Build(grades) : null,
        PackChartView.Workforce => data.Workforce is { } workforce && data.End is { } end ? WorkforceChart.Build(end, workforce) : null,
        _ => MetricDetailCharts.First(data, TrendView.Trend),
    };

    /// <summary>The chosen area's figure for the month as the overview judged it: RAG, SPC icons and data-quality flags.</summary>
    private static async Task<PackFigure> HeadlineAsync(MetricDetailData data, DateOnly end, PackBuildContext context)
    {
        var figure = SlideParts.Figure(data.Metric, data.Area, end, data.SeriesFor(data.Area).Figures[^1]);
        var tile = (await context.OverviewAsync(data.Area.Code, end)).Tiles.FirstOrDefault(t => t.Code == data.Metric.Code);
        return tile is null ? figure : figure with
        {
            Variation = tile.Variation,
            Assurance = tile.Assurance,
            Flags = [.. tile.Flags.Select(f => f.Label)],
        };
    }

    /// <summary>Every figure the chart draws, each with its judgements.</summary>
    private static IEnumerable<PackFigure> Figures(MetricDetailData data, PackChartView view, DateOnly end, PackBuildContext context)
    {
        switch (view)
        {
            case PackChartView.Comparison:
                return data.Series.SelectMany(s => data.Window.Select((m, i) => SlideParts.Figure(data.Metric, s.Area, m, s.Figures[i])));
            case PackChartView.AuditGrades:
                return (data.Grades ?? []).SelectMany(g => MetricGroups.AuditGrades.Select((grade, i) =>
                {
                    var status = g.IsSuppressed(i) ? ObservationStatus.Suppressed : g.Counts[i] is null ? ObservationStatus.NotAvailable : ObservationStatus.Actual;
                    return new PackFigure(grade.Code, context.MetricName(grade.Code), g.Area.Code, g.Area.Name, g.Month, g.Counts[i],
                        SlideParts.Text(g.Counts[i], status, MetricUnit.Count), status, MetricUnit.Count);
                }));
            case PackChartView.Workforce:
                return (data.Workforce ?? []).SelectMany(w => new[]
                {
                    new PackFigure(MetricGroups.Appointed, context.MetricName(MetricGroups.Appointed), w.Area.Code, w.Area.Name, end, w.Appointed,
                        SlideParts.Text(w.Appointed, ObservationStatus.Actual, MetricUnit.Count), ObservationStatus.Actual, MetricUnit.Count)
                    {
                        SummedFrom = end.AddMonths(-(WorkforceFigures.AppointmentMonths - 1)),
                    },
                    new PackFigure(MetricGroups.Vacancies, context.MetricName(MetricGroups.Vacancies), w.Area.Code, w.Area.Name, end, w.Vacancies,
                        SlideParts.Text(w.Vacancies, ObservationStatus.Actual, MetricUnit.Fte), ObservationStatus.Actual, MetricUnit.Fte),
                });
            default:
                var series = data.SeriesFor(data.Area);
                return data.Window.Select((m, i) =>
                {
                    var figure = SlideParts.Figure(data.Metric, data.Area, m, series.Figures[i]);
                    var point = data.Spc.Points.FirstOrDefault(p => p.Period == m);
                    // Withheld limits leave the point's class meaningless (every point reads Common): none is stored.
                    return point is null || data.Spc.LimitsWithheld ? figure : figure with
                    {
                        SpcClass = point.Class,
                        SpcMean = point.Partition?.Mean,
                        SpcLowerLimit = point.Partition?.LowerLimit,
                        SpcUpperLimit = point.Partition?.UpperLimit,
                    };
                });
        }
    }
}
