using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>Each quadrant's audits by grade as a 100% stacked bar per month: the share of each grade, with its count in the tooltip.</summary>
public static class AuditGradeChart
{
    public const string Kind = "audit-grades";

    public static ChartView Build(IReadOnlyList<GradeCounts> grades)
    {
        var months = grades.Select(g => g.Month).Distinct().Order().ToList();
        var title = $"Audit grades by quadrant, {ChartParts.Span(months)}";
        var summary = ChartSummary.AuditGrades(grades);
        var table = Table(grades, months);
        var fileName = ChartParts.FileName("audit-grades", months.Count > 0 ? Import.PeriodParser.Format(months[^1]) : "");
        if (grades.All(g => ChartSummary.Total(g) is null or 0))
        {
            return new ChartView(Kind, title, summary, null, table) { FileName = fileName };
        }

        // Two-line labels: the month, and the quadrant's name under the first month of its group.
        var labels = grades.Select((g, i) => (object)new[] { FigureFormat.Month(g.Month), i == 0 || grades[i - 1].Area.Id != g.Area.Id ? g.Area.Name : "" }).ToList();
        var datasets = MetricGroups.AuditGrades.Select((grade, n) => new ChartDataset(grade.Grade,
            [.. grades.Select(g => ChartSummary.Share(g.Counts[n], ChartSummary.Total(g)))])
        {
            BackgroundColor = ChartPalette.Grades[n],
            BorderColor = n == MetricGroups.AuditGrades.Count - 1 ? ChartPalette.Grades[n] : ChartPalette.Background,
            BorderWidth = 1,
            Hatched = n == MetricGroups.AuditGrades.Count - 1 ? true : null,
            Stack = "grades",
            Details = [.. grades.Select(g => g.Counts[n] is { } count ? new PointDetail(null, count, ChartSummary.Total(g)) : null)],
        }).ToList();
        var options = new ChartOptions(
            new ChartScales(
                new ChartAxis { Stacked = true, Ticks = new AxisTicks { AutoSkip = false } },
                new ChartAxis { Stacked = true, Min = 0, Max = 100, Title = new AxisTitle("Share of audits") }),
            new ChartPlugins(new ChartLegend(true, new LegendLabels(false)), AnnotationOptions.None));
        var config = new ChartConfig("bar", new ChartData(labels, datasets), options, MetricUnit.Percent);
        return new ChartView(Kind, title, summary, config, table) { FileName = fileName };
    }

    private static ChartTable Table(IReadOnlyList<GradeCounts> grades, IReadOnlyList<DateOnly> months)
    {
        string[] columns = [.. MetricGroups.AuditGrades.Select(g => g.Grade), "Audits", "Inadequate (%)"];
        var rows = grades.Select(g =>
        {
            var total = ChartSummary.Total(g);
            List<TableCell> cells = [.. g.Counts.Select((c, i) => g.IsSuppressed(i) ? Withheld(MetricUnit.Count) : TableCell.Of(c, v => FigureFormat.Value(v, MetricUnit.Count)))];
            cells.Add(g.AnySuppressed ? Withheld(MetricUnit.Count) : TableCell.Of(total, v => FigureFormat.Value(v, MetricUnit.Count)));
            cells.Add(g.AnySuppressed ? Withheld(MetricUnit.Percent) : TableCell.Of(ChartSummary.Share(g.Counts[^1], total), v => FigureFormat.Value(v, MetricUnit.Percent)));
            return new ChartTableRow($"{g.Area.Name}, {FigureFormat.Month(g.Month)}", cells);
        }).ToList();
        return new ChartTable($"Audits by grade for each quadrant, {ChartParts.Span(months)}", "Quadrant and month", columns, rows);
    }

    private static TableCell Withheld(MetricUnit unit) =>
        new(FigureFormat.Value(null, ObservationStatus.Suppressed, unit), CsvCell.Text(Publication.Suppression.Symbol));
}
