using KpiDashboard.Web.Features.Access;
using System.Text;
using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Npgsql;

namespace KpiDashboard.Tests.Import;

/// <summary>The upload page's states, rendered by bUnit over the real importer and a real database.</summary>
public sealed class ImportPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private const string Header = "period,area,metric,value\n";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;
    private string _connectionString = "";

    private TestApp App => _app!;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        this.SignInAs(TestUsers.For(Roles.Analyst), Roles.Analyst);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _connectionString = await server.CreateCatalogueDatabaseAsync();
        _app = TestApp.Build(_connectionString);
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<ImportService>());
        Services.AddSingleton(_app.Get<ImportTemplates>());
    }

    private static void Upload(IRenderedComponent<ImportPage> cut, string csv, string name = "june.csv") =>
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, name));

    private static string Outcome(IRenderedComponent<ImportPage> cut) => cut.Find("[data-testid=import-outcome]").TextContent.Trim();

    /// <summary>The file the "Download the problems as CSV" link holds.</summary>
    private static string ProblemsCsv(IRenderedComponent<ImportPage> cut)
    {
        var href = cut.Find("[data-testid=error-download]").GetAttribute("href")!;
        const string prefix = "data:text/csv;charset=utf-8;base64,";
        Assert.StartsWith(prefix, href, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(href[prefix.Length..]));
    }

    private Task<ImportResult> ImportDirectlyAsync(string csv, string name = "june.csv") =>
        App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, TestUsers.Analyst, false, Xunit.TestContext.Current.CancellationToken);

    private async Task<int> FigureCountAsync()
    {
        await using var db = await App.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.Observations.CountAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Before_a_file_is_chosen_the_page_offers_the_drop_zone_and_templates_for_the_current_month()
    {
        var cut = Render<ImportPage>();

        var now = DateTime.Now;
        cut.WaitForAssertion(() => Assert.Contains($"Templates with every metric and area for {FigureFormat.Month(new DateOnly(now.Year, now.Month, 1))}", cut.Markup, StringComparison.Ordinal), Wait);
        Assert.Equal("import-file", cut.Find("label.drop-zone-label").GetAttribute("for"));
        Assert.Equal("/import/templates/long.csv", cut.Find("[data-testid=template-long]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=import-outcome]"));
        Assert.Empty(cut.FindAll("[data-testid=import-progress]"));
    }

    [Fact]
    public async Task While_the_file_is_checked_a_progress_indicator_names_it()
    {
        var cut = Render<ImportPage>();
        // Holding the import lock keeps the check waiting, so the in-between state can be seen.
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        var transaction = await connection.BeginTransactionAsync(Xunit.TestContext.Current.CancellationToken);
        await ImportLock.TakeAsync(connection, Xunit.TestContext.Current.CancellationToken);

        var upload = Task.Run(() => Upload(cut, Header + "2020-06,NE,referrals,204\n"), Xunit.TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Equal("Checking june.csv…", cut.Find("[data-testid=import-progress]").TextContent.Trim()), Wait);
        Assert.True(cut.Find("#import-file").HasAttribute("disabled"));
        await transaction.RollbackAsync(Xunit.TestContext.Current.CancellationToken);
        await upload;
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=import-progress]")), Wait);
    }

    [Fact]
    public async Task A_file_with_problems_lists_each_one_and_imports_nothing()
    {
        var cut = Render<ImportPage>();

        Upload(cut, Header + "2020-06,NE,nope,1\n2020-06,XX,referrals,1\n2020-13,NE,referrals,1\n", "bad.csv");

        cut.WaitForAssertion(() => Assert.Equal("bad.csv has 3 problems; nothing was imported. Correct the file and upload it again.", Outcome(cut)), Wait);
        Assert.Equal(["2|metric|nope", "3|area|XX", "4|period|2020-13"],
            cut.FindAll("[data-testid=errors] tbody tr").Select(r => string.Join('|', r.Children.Take(3).Select(c => c.TextContent))));
        Assert.Equal(0, await FigureCountAsync());
    }

    [Fact]
    public void The_problems_can_be_filtered_by_text_and_downloaded_as_csv()
    {
        var cut = Render<ImportPage>();
        Upload(cut, Header + "2020-06,NE,nope,1\n2020-06,XX,referrals,1\n", "bad.csv");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=errors] tbody tr").Count), Wait);

        cut.Find("input[data-testid=error-text-filter], [data-testid=error-text-filter] input").Input("unknown area");

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid=errors] tbody tr td").TextContent), Wait);
        Assert.Single(cut.FindAll("[data-testid=errors] tbody tr"));
        Assert.Equal("Showing 1 of 2 problems.", cut.Find("[role=status]").TextContent.Trim());
        Assert.StartsWith("file,row,column,value,message\r\nbad.csv,2,metric,nope,\"Unknown metric 'nope'", ProblemsCsv(cut), StringComparison.Ordinal);
        Assert.Equal("bad-problems.csv", cut.Find("[data-testid=error-download]").GetAttribute("download"));
    }

    [Fact]
    public void Formulas_found_in_a_file_are_inert_in_the_downloaded_problems()
    {
        var cut = Render<ImportPage>();

        Upload(cut, Header + "2020-06,NE,referrals,=cmd|' /C calc'!A0\n2020-06,@SUM(1+1),referrals,1\n", "bad.csv");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=errors] tbody tr").Count), Wait);
        Assert.Equal(
            "file,row,column,value,message\r\n" +
            "bad.csv,2,value,\"'=cmd|' /C calc'!A0\",'=cmd|' /C calc'!A0' looks like a spreadsheet formula; expected a plain value (paste values only)\r\n" +
            "bad.csv,3,area,\"'@SUM(1+1)\",'@SUM(1+1)' looks like a spreadsheet formula; expected a plain value (paste values only)\r\n",
            ProblemsCsv(cut));
    }

    [Fact]
    public async Task A_valid_file_is_previewed_with_its_restatements_and_nothing_changes_until_commit()
    {
        await ImportDirectlyAsync(Header + "2020-06,NE,referrals,204\n2020-06,NW,referrals,180\n", "may.csv");
        var cut = Render<ImportPage>();

        Upload(cut, Header + "2020-06,NE,referrals,210\n2020-06,NW,referrals,180\n2020-07,NE,referrals,190\n\n");

        cut.WaitForAssertion(() => Assert.StartsWith("june.csv has no problems. Nothing has changed yet", Outcome(cut), StringComparison.Ordinal), Wait);
        Assert.Equal(["3", "1", "1", "1", "1", "0"],
            cut.FindAll("[data-testid=import-counts] dd").Select(d => d.TextContent));
        var change = cut.Find("[data-testid=changes] tbody tr");
        Assert.Equal(["Jun 2020", "referrals", "NE", "204", "210"], change.Children.Select(c => c.TextContent));
        Assert.Equal(2, await FigureCountAsync());
    }

    [Fact]
    public async Task Committing_the_preview_imports_the_file_and_links_to_the_overview_and_the_import()
    {
        var cut = Render<ImportPage>();
        Upload(cut, Header + "2020-06,NE,referrals,204\n");
        cut.WaitForAssertion(() => cut.Find("[data-testid=commit]"), Wait);

        cut.Find("[data-testid=commit]").Click();

        cut.WaitForAssertion(() => Assert.Matches(@"^june\.csv was imported as import \d+\.$", Outcome(cut)), Wait);
        var importId = Outcome(cut).Split(' ')[^1].TrimEnd('.');
        Assert.Equal($"/imports/{importId}", cut.Find("[data-testid=import-link]").GetAttribute("href"));
        Assert.Equal("/", cut.Find("[data-testid=overview-link]").GetAttribute("href"));
        Assert.Equal(1, await FigureCountAsync());
    }

    [Fact]
    public async Task Cancelling_the_preview_returns_to_the_empty_page_and_writes_nothing()
    {
        var cut = Render<ImportPage>();
        Upload(cut, Header + "2020-06,NE,referrals,204\n");
        cut.WaitForAssertion(() => cut.Find("[data-testid=cancel]"), Wait);

        cut.Find("[data-testid=cancel]").Click();

        Assert.Empty(cut.FindAll("[data-testid=import-outcome]"));
        Assert.Equal(0, await FigureCountAsync());
    }

    [Fact]
    public async Task A_file_imported_before_says_when_and_changes_nothing()
    {
        const string csv = Header + "2020-06,NE,referrals,204\n";
        var first = await ImportDirectlyAsync(csv);
        var cut = Render<ImportPage>();

        Upload(cut, csv, "june-again.csv");

        cut.WaitForAssertion(() => Assert.StartsWith("june-again.csv was already imported on ", Outcome(cut), StringComparison.Ordinal), Wait);
        Assert.EndsWith($" UTC (import {first.ImportId}); nothing changed.", Outcome(cut), StringComparison.Ordinal);
        Assert.Equal(1, await FigureCountAsync());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        var cut = Render<ImportPage>();

        Upload(cut, Header + string.Concat(Enumerable.Repeat("2020-06,NE,referrals,204\n", 500_000)), "huge.csv");

        cut.WaitForAssertion(() => Assert.Equal("The file is 11.9 MB, larger than the 10 MB limit; split it into smaller files",
            cut.Find("[data-testid=errors] tbody td:last-child").TextContent), Wait);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
