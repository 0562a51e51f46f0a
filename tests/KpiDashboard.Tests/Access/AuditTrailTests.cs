using System.Net;
using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Admin;
using KpiDashboard.Web.Features.Annotations;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Features.SpcSettings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Access;

/// <summary>
/// Every change names who made it, on the record it changed and in the audit log, written in the same transaction,
/// so a change that did not happen leaves no entry; and the audit log reads back through its filters and its CSV.
/// </summary>
public sealed class AuditTrailTests(PostgresServer server) : ApiTest(server)
{
    private static readonly Actor Jo = new("jo.analyst@council.example", "192.0.2.30");
    private static readonly DateOnly June2020 = new(2020, 6, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_import_over_the_API_names_the_key_and_its_user_on_the_import_and_in_the_audit_log()
    {
        var imported = await PostAsync(Client, "period,area,metric,value\n2020-06,NE,referrals,231\n");

        await using var db = await DbAsync();
        var import = await db.Imports.SingleAsync(i => i.Id == imported, Ct);
        var entry = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.Import && e.Actor != SeedLoader.ImportedBy, Ct);
        Assert.Equal($"{TestUsers.Everyone} (key: tests)", import.ImportedBy);
        Assert.Equal((import.ImportedBy, $"import {imported}"), (entry.Actor, entry.Target));
        Assert.Equal("june.csv: 1 rows, 0 new, 1 changed, 0 unchanged", entry.Detail);
    }

    [Fact]
    public async Task An_import_that_is_refused_or_only_previewed_leaves_no_audit_entry()
    {
        using var refused = await SendImportAsync(Client, "period,area,metric,value\n2020-06,NE,referrals,lots\n", dryRun: false);
        using var previewed = await SendImportAsync(Client, "period,area,metric,value\n2020-06,NE,referrals,231\n", dryRun: true);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK), (refused.StatusCode, previewed.StatusCode));
        await using var db = await DbAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Import && e.Actor != SeedLoader.ImportedBy, Ct));
    }

    [Fact]
    public async Task An_undo_names_who_undid_it_in_the_same_transaction_and_a_refused_undo_writes_nothing()
    {
        var importer = Services.GetRequiredService<ImportService>();
        var first = await importer.ImportAsync(Csv("2020-06,NE,referrals,231"), "restated.csv", Jo, dryRun: false, Ct);
        var second = await importer.ImportAsync(Csv("2020-06,NE,referrals,232"), "again.csv", Jo, dryRun: false, Ct);
        var undo = Services.GetRequiredService<ImportUndo>();

        Assert.False((await undo.UndoAsync(first.ImportId!.Value, TestUsers.Reviewer, Ct)).Undone);
        Assert.True((await undo.UndoAsync(second.ImportId!.Value, TestUsers.Reviewer, Ct)).Undone);

        await using var db = await DbAsync();
        var entry = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.Undo, Ct);
        Assert.Equal((TestUsers.Reviewer.Name, TestUsers.Reviewer.Address, $"import {second.ImportId}"), (entry.Actor, entry.Address, entry.Target));
        Assert.Equal("again.csv: 0 figures removed, 1 figure restored", entry.Detail);
    }

    [Fact]
    public async Task Commentary_is_written_under_the_account_and_each_real_change_is_audited_once()
    {
        var commentary = Services.GetRequiredService<CommentaryService>();

        await commentary.SaveAsync("referrals", "NE", June2020, "Referrals rose after schools reopened.", Jo, Ct);
        await commentary.SaveAsync("referrals", "NE", June2020, "Referrals rose after schools reopened.", Jo, Ct);
        await commentary.SaveAsync("referrals", "NE", June2020, "Referrals rose when schools reopened.", TestUsers.Reviewer, Ct);

        var view = await commentary.FindAsync("referrals", "NE", June2020, Ct);
        Assert.Equal((TestUsers.Reviewer.Name, Jo.Name), (view!.Current.Author, view.Earlier.Single().Author));
        Assert.Equal(
            [(Jo.Name, "referrals, NE, 2020-06", "written: Referrals rose after schools reopened."),
             (TestUsers.Reviewer.Name, "referrals, NE, 2020-06", "edited: Referrals rose when schools reopened.")],
            await EntriesAsync(AuditActions.Commentary));
    }

    [Fact]
    public async Task Annotations_and_SPC_settings_record_who_added_changed_or_removed_them()
    {
        var annotations = Services.GetRequiredService<AnnotationService>();
        var settings = Services.GetRequiredService<SpcSettingsService>();

        Assert.Null(await annotations.SaveAsync(null, new DateOnly(2020, 9, 7), "Schools reopened", "referrals", null, Jo, Ct));
        var added = (await annotations.ListAsync(Ct)).Single(a => a.Text == "Schools reopened");
        Assert.Null(await annotations.SaveAsync(added.Id, new DateOnly(2020, 9, 8), "Schools reopened", "referrals", "NE", Jo, Ct));
        await annotations.DeleteAsync(added.Id, Jo, Ct);
        Assert.Null(await settings.SaveRunLengthsAsync("referrals", 7, 6, Jo, Ct));
        Assert.Null(await settings.AddRecalculationAsync("referrals", "NE", new DateOnly(2020, 4, 1), "New front door", Jo, Ct));

        Assert.Equal(
            [(Jo.Name, "2020-09-07 'Schools reopened'", "added for referrals, all areas"),
             (Jo.Name, "2020-09-08 'Schools reopened'", "edited (was 2020-09-07 'Schools reopened') for referrals, NE"),
             (Jo.Name, "2020-09-08 'Schools reopened'", "deleted")],
            await EntriesAsync(AuditActions.Annotation));
        Assert.Equal(
            [(Jo.Name, "SPC run lengths of referrals", "shift 6, trend 6 → shift 7, trend 6"),
             (Jo.Name, "SPC recalculation of referrals", "added from 2020-04 for NE: New front door")],
            await EntriesAsync(AuditActions.Settings));
    }

    [Fact]
    public async Task The_audit_log_filters_by_action_person_text_and_days_taking_wildcards_literally()
    {
        var commentary = Services.GetRequiredService<CommentaryService>();
        await commentary.SaveAsync("referrals", "NE", June2020, "Rose by 10% in June.", Jo, Ct);
        await commentary.SaveAsync("referrals", "NW", June2020, "Rose by 10 in June.", TestUsers.Reviewer, Ct);
        var audit = Services.GetRequiredService<AuditQuery>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var byJo = await audit.ListAsync(Filter(AuditActions.Commentary, "JO.ANALYST", null, null, null), Ct);
        var percent = await audit.ListAsync(Filter(null, null, "10%", null, null), Ct);
        var todays = await audit.ListAsync(Filter(AuditActions.Commentary, null, null, today, today), Ct);
        var tomorrows = await audit.ListAsync(Filter(AuditActions.Commentary, null, null, today.AddDays(1), null), Ct);

        Assert.Equal([Jo.Name], byJo.Entries.Select(e => e.Actor));
        Assert.Equal(["referrals, NE, 2020-06"], percent.Entries.Select(e => e.Target));
        Assert.Equal((2, 0), (todays.Matched, tomorrows.Matched));
    }

    [Theory]
    [InlineData("action=deleted+everything", "There is no audit action 'deleted everything'; the actions are ")]
    [InlineData("from=2026-13-01", "The 'from' date must be a day written like 2026-12-01; '2026-13-01' is not.")]
    [InlineData("from=2026-12-02&to=2026-12-01", "The 'from' date (2026-12-02) is after the 'to' date (2026-12-01).")]
    [InlineData("who=a%00b", "The value of 'who' contains a control character")]
    public async Task A_bad_filter_on_the_download_is_a_400_naming_the_value(string query, string sentence)
    {
        using var admin = await ClientWithKeyAsync(TestUsers.For(Roles.Admin));

        using var response = await admin.GetAsync(new Uri($"{AuditEndpoints.CsvPath}?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text=-1")]
    [InlineData("who=%25_%5C")]
    [InlineData("to=9999-12-31")]
    public async Task Unusual_but_valid_filters_download_what_matches(string query)
    {
        using var admin = await ClientWithKeyAsync(TestUsers.For(Roles.Admin));

        using var response = await admin.GetAsync(new Uri($"{AuditEndpoints.CsvPath}?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("when (UTC),who,action,target,detail,address\r\n", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_writes_typed_text_inert_for_spreadsheets_and_line_breaks_cannot_forge_entries()
    {
        await Services.GetRequiredService<CommentaryService>()
            .SaveAsync("referrals", "NE", June2020, "=HYPERLINK(\"http://evil.example\")\r\n2026-12-01,admin,sign-in", Jo, Ct);
        using var admin = await ClientWithKeyAsync(TestUsers.For(Roles.Admin));

        using var response = await admin.GetAsync(new Uri($"{AuditEndpoints.CsvPath}?action=commentary", UriKind.Relative), Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("when (UTC),who,action,target,detail,address", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(
            ",jo.analyst@council.example,commentary,\"referrals, NE, 2020-06\",\"written: =HYPERLINK(\"\"http://evil.example\"\")\\r\\n2026-12-01,admin,sign-in\",192.0.2.30",
            lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_take_their_own_admin_role_or_disable_themselves_but_another_admin_can()
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var admin = TestUsers.For(Roles.Admin);
        var id = (await accounts.ListAsync(Ct)).Single(u => u.Email == admin).Id;
        var self = new Actor(admin, null);
        var other = new Actor(TestUsers.Everyone, null);

        Assert.Equal("You cannot take the Admin role from your own account; another Admin can.", await accounts.SetRolesAsync(id, [Roles.Viewer], self));
        Assert.Equal("You cannot disable your own account; another Admin can.", await accounts.SetDisabledAsync(id, true, self));
        Assert.Null(await accounts.SetRolesAsync(id, [Roles.Viewer], other));

        Assert.Equal([Roles.Viewer], (await accounts.ListAsync(Ct)).Single(u => u.Email == admin).Roles);
    }

    [Fact]
    public async Task Unlocking_ends_a_lockout_and_is_audited()
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var viewer = TestUsers.For(Roles.Viewer);
        await using (var db = await DbAsync())
        {
            await db.Users.Where(u => u.Email == viewer).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10)).SetProperty(x => x.AccessFailedCount, 5), Ct);
        }

        var row = (await accounts.ListAsync(Ct)).Single(u => u.Email == viewer);
        Assert.NotNull(row.LockedOutUntil);
        Assert.Null(await accounts.UnlockAsync(row.Id, Jo));

        Assert.Null((await accounts.ListAsync(Ct)).Single(u => u.Email == viewer).LockedOutUntil);
        Assert.Equal([(Jo.Name, $"user {viewer}", "")], await EntriesAsync(AuditActions.UserUnlocked));
    }

    private static AuditFilter Filter(string? action, string? who, string? text, DateOnly? from, DateOnly? to) => new(action, who, text, from, to);

    private static MemoryStream Csv(string row) => new(Encoding.UTF8.GetBytes($"period,area,metric,value\n{row}\n"));

    private static async Task<HttpResponseMessage> SendImportAsync(HttpClient client, string csv, bool dryRun)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "june.csv" } };
        return await client.PostAsync(new Uri($"/api/v1/imports?dryRun={dryRun.ToString().ToLowerInvariant()}", UriKind.Relative), form, Ct);
    }

    private static async Task<long> PostAsync(HttpClient client, string csv)
    {
        using var response = await SendImportAsync(client, csv, dryRun: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("importId").GetInt64();
    }

    private async Task<List<(string Actor, string Target, string Detail)>> EntriesAsync(string action)
    {
        await using var db = await DbAsync();
        var entries = await db.AuditEvents.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync(Ct);
        return [.. entries.Select(e => (e.Actor, e.Target, e.Detail))];
    }

    private async Task<KpiDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Ct);
}
