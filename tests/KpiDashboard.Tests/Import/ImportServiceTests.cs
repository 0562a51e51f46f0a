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
        App.Get<ImportService>().ImportAsync(new MemoryStream(bytes), file, TestUsers.Analyst, dryRun, TestContext.Current.CancellationToken);

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Notes_and_precise_values_are_stored_exactly_as_written(bool existingFigures)
    {
        // Both ways in (straight COPY into an empty table, and staging then merge) write COPY's text format.
        if (existingFigures)
        {
            await ImportAsync(Header + "2020-05,NE,referrals,1,,,,\n");
        }

        const string note = "Tab\there, back\\slash \\N, \"quoted\"\nand a second line";
        var result = await ImportAsync(Header + $"2020-06,NE,audits-inadequate-pct,29.20,73,250,provisional,\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n", file: "notes.csv");

        Assert.Equal(ImportOutcome.Committed, result.Outcome);
        await using var db = await DbAsync();
        var stored = await db.Observations.SingleAsync(o => o.Period == new DateOnly(2020, 6, 1), TestContext.Current.CancellationToken);
        Assert.Equal((note, "29.20", 73m, 250m, ObservationStatus.Provisional),
            (stored.Note, stored.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), stored.Numerator!.Value, stored.Denominator!.Value, stored.Status));
    }

    [Fact]
    public async Task A_note_too_long_for_the_database_is_an_error_in_the_file_not_a_failed_import()
    {
        var result = await ImportAsync(Header + $"2020-06,NE,referrals,204,,,,{new string('x', 1500)}\n");

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        Assert.Equal((2, "note"), (Assert.Single(result.Errors).Row, result.Errors[0].Column));
        Assert.Empty(await CurrentFiguresAsync());
    }

    [Fact]
    public async Task A_note_that_looks_like_a_formula_names_its_row_and_column_and_writes_nothing()
    {
        var result = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,fine\n2020-06,SE,referrals,198,,,,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");

        Assert.Equal(ImportOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "note", "'=HYPERLINK(\"http://x\",\"y\")' looks like a spreadsheet formula; expected a plain value (paste values only)"),
            (error.Row, error.Column, error.Message));
        Assert.Empty(await CurrentFiguresAsync());
        await using var db = await DbAsync();
        Assert.Equal(0, await db.Imports.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_first_import_into_an_empty_table_leaves_the_key_the_model_declares()
    {
        // The first import drops the key for the load and builds it again afterwards (ObservationsKey).
        await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n");
        await using var db = await DbAsync();
        var key = db.Model.FindEntityType(typeof(Observation))!.FindPrimaryKey()!;

        await using var command = App.Get<Npgsql.NpgsqlDataSource>().CreateCommand(
            "select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'observations'::regclass and contype = 'p'");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            (key.GetName(), $"PRIMARY KEY ({string.Join(", ", key.Properties.Select(p => p.GetColumnName()))})"),
            (reader.GetString(0), reader.GetString(1)));
        var second = await ImportAsync(Header + "2020-06,NE,referrals,204,,,,\n2020-06,NW,referrals,180,,,,\n", file: "again.csv");
        Assert.Equal((1, 1), (second.NewValues, second.UnchangedValues));
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

        var result = await app.Get<ImportService>().ImportAsync(new MemoryStream(big), "big.csv", TestUsers.Analyst, false, TestContext.Current.CancellationToken);

        Assert.Equal("The file is 3 KB, larger than the 1 KB limit; split it into smaller files", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_header_with_no_figures_is_reported_rather_than_imported()
    {
        var result = await ImportAsync(Header);

        Assert.Equal("The file has a header but no figures; expected one row per metric, area and month", Assert.Single(result.Errors).Message);
    }
}
