using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Import;

/// <summary>Wide files (<c>period,metric,&lt;one column per area&gt;</c>) through the whole importer.</summary>
public sealed class WideFormatTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private Task<ImportResult> ImportAsync(string csv, bool dryRun = false) =>
        App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "wide.csv", TestUsers.Analyst, dryRun, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_wide_file_gives_one_figure_per_filled_area_cell_with_areas_by_code_or_name()
    {
        var result = await ImportAsync("Month,KPI,SCC,north east,NW\n2020-06,referrals,1213,204,\n2020-06,audits-inadequate-pct,29%,c,30\n");

        // Two rows read, five figures: one per filled area cell.
        Assert.Equal((ImportOutcome.Committed, 2, 5), (result.Outcome, result.RowsRead, result.NewValues));
        await using var db = await DbAsync();
        var figures = await (from o in db.Observations
                join m in db.Metrics on o.MetricId equals m.Id
                join a in db.Areas on o.AreaId equals a.Id
                orderby m.SortOrder, a.SortOrder
                select new { Metric = m.Code, Area = a.Code, o.Value, o.Status })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [("audits-inadequate-pct", "SCC", 29m, "Actual"), ("audits-inadequate-pct", "NE", null, "Suppressed"), ("audits-inadequate-pct", "NW", 30m, "Actual"),
             ("referrals", "SCC", 1213m, "Actual"), ("referrals", "NE", (decimal?)204m, "Actual")],
            figures.Select(f => (f.Metric, f.Area, f.Value, f.Status.ToString())));
    }

    [Fact]
    public async Task Errors_in_a_wide_file_name_the_Excel_column_letter()
    {
        var result = await ImportAsync("period,metric,SCC,NE\n2020-06,referrals,12.5,-3\n");

        Assert.Equal(
            [("C", "12.5", "'12.5' is not a whole number of 0 or more; referrals is a count"), ("D", "-3", "'-3' is not a whole number of 0 or more; referrals is a count")],
            result.Errors.Select(e => (e.Column, e.Value, e.Message)));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Row));
    }

    [Fact]
    public async Task A_bad_period_in_a_wide_row_is_reported_once_not_once_per_area()
    {
        var result = await ImportAsync("period,metric,SCC,NE,NW\n2020-13,referrals,1,2,3\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "A"), (error.Row, error.Column));
    }

    [Fact]
    public async Task An_unknown_area_heading_is_named_with_its_column()
    {
        var result = await ImportAsync("period,metric,SCC,Mid Surrey\n2020-06,referrals,1,2\n");

        Assert.Equal(new ImportError("wide.csv", 1, "D", "Mid Surrey",
            "Unknown area 'Mid Surrey' heading column D; expected an area code or name such as SCC, NE, NW, SE, SW"), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task An_area_given_twice_by_code_and_by_name_is_a_duplicate_heading()
    {
        var result = await ImportAsync("period,metric,NE,North East\n2020-06,referrals,1,2\n");

        Assert.Equal("The heading 'North East' repeats column C (North East); each area may have one column", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Blank_lines_and_empty_trailing_columns_are_ignored_and_counted()
    {
        var result = await ImportAsync("period,metric,SCC,NE,,\n\n2020-06,referrals,1,2,,\n\n", dryRun: true);

        Assert.Equal((ImportOutcome.Previewed, 2, 2, 2), (result.Outcome, result.NewValues, result.IgnoredBlankLines, result.IgnoredEmptyColumns));
    }

    [Fact]
    public async Task A_percentage_metric_written_both_as_fractions_and_as_percentages_is_rejected_naming_both_rows()
    {
        var result = await ImportAsync("period,area,metric,value\n2020-05,NE,audits-inadequate-pct,0.29\n2020-06,NE,audits-inadequate-pct,31\n");

        Assert.Equal(new ImportError("wide.csv", 3, "value", "31",
            "audits-inadequate-pct is written as a fraction in row 2 (0.29) but as a percentage in row 3 (31); write every audits-inadequate-pct value as a percentage such as 29"),
            Assert.Single(result.Errors));
    }
}
