using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>Practitioners appointed over six months against vacancies at the end, side by side for each quadrant.</summary>
public static class WorkforceChart
{
    public const string Kind = "workforce";
    private const string AppointedLabel = "Practitioners appointed (6 months)";

    public static ChartView Build(DateOnly month, IReadOnlyList<WorkforceFigures> quadrants)
    {
        var title = $"Appointments in the 6 months to {FigureFormat.Month(month)} and vacancies by quadrant";
        var summary = ChartSummary.Workforce(month, quadrants);
        var table = new ChartTable($"Practitioners appointed in the 6 months to {FigureFormat.Month(month)} and vacancies at its end, by quadrant", "Quadrant",
            [AppointedLabel, "Vacancies (FTE)"],
            [.. quadrants.Select(q => new ChartTableRow(q.Area.Name,
            [
                q.AppointedFigure is { } appointed ? ChartParts.FigureCell(appointed, MetricUnit.Count) : TableCell.Of(q.Appointed, v => FigureFormat.Value(v, MetricUnit.Count)),
                q.VacanciesFigure is { } vacancies ? ChartParts.FigureCell(vacancies, MetricUnit.Fte) : TableCell.Of(q.Vacancies, v => FigureFormat.Value(v, MetricUnit.Fte)),
            ]))]);
        var fileName = ChartParts.FileName("workforce", Import.PeriodParser.Format(month));
        if (quadrants.All(q => q.Appointed is null && q.Vacancies is null))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        var labels = quadrants.Select(q => (object)q.Area.Name).ToList();
        ChartDataset[] datasets =
        [
            new(AppointedLabel, [.. quadrants.Select(q => q.Appointed)])
            {
                BackgroundColor = ChartPalette.Appointed,
                BorderColor = ChartPalette.Appointed,
                BorderWidth = 1,
                Unit = MetricUnit.Count,
            },
            new("Vacancies (FTE)", [.. quadrants.Select(q => q.Vacancies)])
            {
                BackgroundColor = ChartPalette.Vacancies,
                BorderColor = ChartPalette.Vacancies,
                BorderWidth = 2,
                Hatched = true,
                Unit = MetricUnit.Fte,
            },
        ];
        var options = new ChartOptions(
            new ChartScales(new ChartAxis(), new ChartAxis { BeginAtZero = true, Title = new AxisTitle("Practitioners (vacancies in FTE)") }),
            new ChartPlugins(new ChartLegend(true, new LegendLabels(false)), AnnotationOptions.None));
        var config = new ChartConfig("bar", new ChartData(labels, datasets), options, MetricUnit.Count);
        return new ChartView(Kind, title, summary, config, table) { FileName = fileName };
    }
}
