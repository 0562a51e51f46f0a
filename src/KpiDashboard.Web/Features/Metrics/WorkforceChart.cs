using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>Practitioners appointed in a month against vacancies at its end, side by side for each quadrant.</summary>
public static class WorkforceChart
{
    public const string Kind = "workforce";

    public static ChartView Build(DateOnly month, IReadOnlyList<WorkforceFigures> quadrants)
    {
        var title = $"Appointments and vacancies by quadrant, {FigureFormat.Month(month)}";
        var summary = ChartSummary.Workforce(month, quadrants);
        var table = new ChartTable($"Practitioners appointed and vacancies by quadrant, {FigureFormat.Month(month)}", "Quadrant",
            ["Practitioners appointed", "Vacancies (FTE)"],
            [.. quadrants.Select(q => new ChartTableRow(q.Area.Name,
            [
                TableCell.Of(q.Appointed, v => FigureFormat.Value(v, MetricUnit.Count)),
                TableCell.Of(q.Vacancies, v => FigureFormat.Value(v, MetricUnit.Fte)),
            ]))]);
        var fileName = ChartParts.FileName("workforce", Import.PeriodParser.Format(month));
        if (quadrants.All(q => q.Appointed is null && q.Vacancies is null))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        var labels = quadrants.Select(q => (object)q.Area.Name).ToList();
        ChartDataset[] datasets =
        [
            new("Practitioners appointed", [.. quadrants.Select(q => q.Appointed)])
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
