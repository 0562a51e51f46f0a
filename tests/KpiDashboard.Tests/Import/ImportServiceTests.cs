using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Import;

public sealed class ImportServiceTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private const string Header = "period,area,metric,value,numerator,denominator,status,note\n";

    private Task<ImportResult> ImportAsync(string csv, bool dryRun = false, string file = "june.csv") =>
        ImportBytesAsync(Encoding.UTF8.GetBytes(csv), dryRun, file);

    private Task<ImportResult> ImportBytesAsync(byte[] bytes, bool dryRun = false, string file = "june.csv") =>
        App.Get<ImportService>().ImportAsync(new MemoryStream(bytes), file, "analyst", dryRun, TestContext.Current.CancellationToken);

    private async Task<List<(string Metric, string Area, decimal? Value, ObservationStatus Status)>> CurrentFiguresAsync()
    {
        await using var db = await DbAsync();
        var rows = await (from o in db.Observations
                join m in db.Metrics on o.MetricId equals m.Id
                join a in db.Areas on o.AreaId equals a.Id
                orderby m.SortOrder, a.SortOrder
                select new { Metric = m.Code, Area = a.Code, o.Value, o.Status })
            .ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => (r.Metric, r.Area, r.Value, r.Status)).ToList();
    }

    [Fact]
    public async Task A_valid_file_is_committed_with_its_counts()
    {
        var result = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n2020-06,NE,audits-inadequate-pct,,7,24,,\n2020-06,SW,uasc,c,,,,\n");

        Assert.Equal((ImportOutcome.Committed, 3, 3, 0, 0), (result.Outcome, result.RowsRead, result.NewValues, result.ChangedValues, result.UnchangedValues));
        Assert.Equal(
            [("audits-inadequate-pct", "NE", 29.2m, ObservationStatus.Actual), ("referrals", "NE", 204m, ObservationStatus.Actual), ("uasc", "SW", null, ObservationStatus.Suppressed)],
            await CurrentFiguresAsync());
    }

    [Fact]
    public async Task A_file_with_any_error_writes_nothing_and_lists_every_error()
    {
        var result = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n2020-06,NE,nope,1,,,,\n2020-06,XX,referrals,1,,,,\n");

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal([(3, "metric"), (4, "area")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Empty(await CurrentFiguresAsync());
        await using var db = await DbAsync();
        Assert.Equal(0, await db.Imports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_duplicate_figure_in_one_file_names_both_rows()
    {
        var result = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\nJun 2020,North East,referrals,205,,,,\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "Row 2 already gives referrals for North East in 2020-06; each metric, area and month may appear once"), (error.Row, error.Message));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n");

        var preview = await ImportAsync(Header + "2020-06,NE,referrals,210,,,,\n2020-07,NE,referrals,190,,,,\n", dryRun: true, file: "restated.csv");

        Assert.Equal((ImportOutcome.Previewed, 1, 1, 0), (preview.Outcome, preview.NewValues, preview.ChangedValues, preview.UnchangedValues));
        Assert.Equal(new ValueChange("referrals", "NE", new DateOnly(2020, 6, 1), 204m, "Actual", 210m, "Actual"), Assert.Single(preview.Changes));
        Assert.Equal([("referrals", "NE", 204m, ObservationStatus.Actual)], await CurrentFiguresAsync());
    }

    [Fact]
    public async Task A_restatement_replaces_the_figure_and_keeps_the_old_one_as_a_revision()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n2020-06,NW,referrals,180,,,,\n");
        var second = await ImportAsync(Header + "2020-06,NE,referrals,210,,,,\n2020-06,NW,referrals,180,,,,\n", file: "restated.csv");

        Assert.Equal((0, 1, 1), (second.NewValues, second.ChangedValues, second.UnchangedValues));
        await using var db = await DbAsync();
        var revision = await db.ObservationRevisions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((204m, first.ImportId, second.ImportId), (revision.Value, (long?)revision.ImportId, (long?)revision.SupersededByImportId));
        var current = await db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == "NE")).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((210m, second.ImportId), (current.Value, (long?)current.ImportId));
        var unchanged = await db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == "NW")).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(first.ImportId, unchanged.ImportId);
    }

    [Fact]
    public async Task A_file_of_new_figures_followed_by_one_that_exists_is_merged_with_every_figure_counted_once()
    {
        // New figures come first, so the fast all-new COPY has written them before the existing one stops it.
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n");
        var second = await ImportAsync(Header + "2020-07,NE,referrals,190,,,,\n2020-07,NW,referrals,170,,,,\n2020-06,NE,referrals,210,,,,\n", file: "july.csv");

        Assert.Equal((ImportOutcome.Committed, 2, 1, 0), (second.Outcome, second.NewValues, second.ChangedValues, second.UnchangedValues));
        Assert.Equal(
            [("referrals", "NE", 190m, ObservationStatus.Actual), ("referrals", "NE", 210m, ObservationStatus.Actual), ("referrals", "NW", 170m, ObservationStatus.Actual)],
            (await CurrentFiguresAsync()).Order());
        await using var db = await DbAsync();
        var revision = await db.ObservationRevisions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((204m, first.ImportId, second.ImportId), (revision.Value, (long?)revision.ImportId, (long?)revision.SupersededByImportId));
        var recorded = await db.Imports.OrderBy(i => i.Id).Select(i => new { i.RowsRead, i.NewValues, i.ChangedValues, i.UnchangedValues })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(1, 1, 0, 0), (3, 2, 1, 0)], recorded.Select(i => (i.RowsRead, i.NewValues, i.ChangedValues, i.UnchangedValues)));
    }

    [Fact]
    public async Task An_area_or_metric_that_figures_name_cannot_be_deleted_but_an_unused_one_can()
    {
        await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n");
        await using var db = await DbAsync();

        var named = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.Areas.Where(a => a.Code == "NE").ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        Assert.Equal((Npgsql.PostgresErrorCodes.ForeignKeyViolation, true), (named.SqlState, named.MessageText.StartsWith("cannot delete areas", StringComparison.Ordinal)));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.Metrics.Where(m => m.Code == "referrals").ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Imports.ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, await db.Metrics.Where(m => m.Code == "uasc").ExecuteDeleteAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Re_uploading_the_same_file_is_a_no_op_that_says_when_it_was_imported()
    {
        const string csv = Header + "2020-06,NE,referrals,204,,,,\n";
        var first = await ImportAsync(csv);

        var again = await ImportAsync(csv, file: "copy-of-june.csv");

        Assert.Equal(ImportOutcome.AlreadyImported, again.Outcome);
        Assert.Equal(first.ImportId, again.ImportId);
        Assert.NotNull(again.PreviouslyImportedAt);
        await using var db = await DbAsync();
        Assert.Equal(1, await db.Imports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_Excel_workbook_renamed_to_csv_is_rejected()
    {
        var result = await ImportBytesAsync([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], file: "june.csv");

        Assert.Equal("The file is an Excel workbook (.xlsx) or another zip archive, not CSV text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\"",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_before_it_is_read()
    {
        await using var app = TestApp.Build(ConnectionString, new Dictionary<string, string?> { ["Import:MaxFileBytes"] = "1024" });
        await app.ConnectAsync();
        var big = Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Repeat("2020-06,NE,referrals,204,,,,\n", 100)));

        var result = await app.Get<ImportService>().ImportAsync(new MemoryStream(big), "big.csv", "analyst", false, TestContext.Current.CancellationToken);

        Assert.Equal("The file is 3 KB, larger than the 1 KB limit; split it into smaller files", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_header_with_no_figures_is_reported_rather_than_imported()
    {
        var result = await ImportAsync(Header);

        Assert.Equal("The file has a header but no figures; expected one row per metric, area and month", Assert.Single(result.Errors).Message);
    }
}
