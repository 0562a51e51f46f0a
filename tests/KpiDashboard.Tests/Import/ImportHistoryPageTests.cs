using KpiDashboard.Web.Features.Access;
using System.Text;
using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Import;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Import;

/// <summary>The imports history and an import's detail page with undo, over a real database.</summary>
public sealed class ImportHistoryPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private const string Header = "period,area,metric,value\n";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        this.SignInAs(TestUsers.For(Roles.Analyst), Roles.Analyst);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(await server.CreateCatalogueDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<ImportHistory>());
        Services.AddSingleton(_app.Get<KpiDashboard.Web.Components.PrerenderedViews>());
        Services.AddSingleton(_app.Get<ImportUndo>());
        // The pages ask whether they render interactively (they keep prerendered data only when not); in the app they do.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private Task<ImportResult> ImportAsync(string csv, string name) =>
        _app!.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, TestUsers.Analyst, false, Xunit.TestContext.Current.CancellationToken);

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> RenderDetail(long? id) => Render(builder =>
    {
        builder.OpenComponent<MudDialogProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<ImportDetailPage>(1);
        builder.AddAttribute(2, nameof(ImportDetailPage.Id), id!.Value);
        builder.CloseComponent();
    });

    [Fact]
    public async Task The_history_lists_every_import_newest_first_with_its_counts_and_status()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n2020-06,NW,referrals,180\n", "june.csv");
        var second = await ImportAsync(Header + "2020-06,NE,referrals,210\n2020-06,NW,referrals,180\n", "restated.csv");
        await _app!.Get<ImportUndo>().UndoAsync(second.ImportId!.Value, TestUsers.Reviewer, Xunit.TestContext.Current.CancellationToken);

        var cut = Render<ImportsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=imports] tbody tr").Count), Wait);
        var rows = cut.FindAll("[data-testid=imports] tbody tr");
        Assert.Equal([second.ImportId, first.ImportId], rows.Select(r => (long?)long.Parse(r.GetAttribute("data-import")!, System.Globalization.CultureInfo.InvariantCulture)));
        var cells = rows[1].Children.Select(c => c.TextContent).ToList();
        Assert.Equal([TestUsers.Analyst.Name, "june.csv", "2", "2", "0", "0", "Committed"], [cells[2], cells[3], cells[5], cells[6], cells[7], cells[8], cells[9]]);
        Assert.Matches("^[0-9a-f]{8}$", cells[4]);
        Assert.StartsWith("Undone ", rows[0].Children[9].TextContent, StringComparison.Ordinal);
        Assert.EndsWith($" by {TestUsers.Reviewer.Name}", rows[0].Children[9].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_the_figures_an_import_replaced_old_to_new()
    {
        await ImportAsync(Header + "2020-06,NE,referrals,204\n2020-06,NW,referrals,180\n", "june.csv");
        var restated = await ImportAsync(Header + "2020-06,NE,referrals,210\n2020-06,NW,referrals,180\n", "restated.csv");

        var cut = RenderDetail(restated.ImportId);

        cut.WaitForAssertion(() => Assert.Equal($"Import {restated.ImportId}: restated.csv", cut.Find("h1").TextContent), Wait);
        Assert.Equal(["Jun 2020", "referrals", "NE", "204", "210"], cut.Find("[data-testid=changes] tbody tr").Children.Select(c => c.TextContent));
        Assert.Equal("1", cut.Find("[data-count=changed]").TextContent);
    }

    [Fact]
    public async Task Undo_asks_for_confirmation_then_restores_the_figures_and_marks_the_import_undone()
    {
        await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        var restated = await ImportAsync(Header + "2020-06,NE,referrals,210\n", "restated.csv");
        var cut = RenderDetail(restated.ImportId);
        cut.WaitForAssertion(() => cut.Find("[data-testid=undo]"), Wait);

        cut.Find("[data-testid=undo]").Click();
        cut.WaitForAssertion(() => Assert.Contains($"Undo import {restated.ImportId}?", cut.Markup, StringComparison.Ordinal), Wait);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Undo the import").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"Import {restated.ImportId} (restated.csv) was undone: 0 figures it added removed, 1 figure it replaced restored.",
            cut.Find("[data-testid=undo-outcome]").TextContent.Trim()), Wait);
        Assert.StartsWith("Undone ", cut.Find("[data-testid=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=undo]"));
        // The detail still shows what the undone import had changed.
        Assert.Equal("210", cut.Find("[data-testid=changes] [data-testid=new]").TextContent);
    }

    [Fact]
    public async Task An_undo_the_database_fails_says_nothing_was_changed_and_keeps_the_page_working()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        var cut = RenderDetail(first.ImportId);
        cut.WaitForAssertion(() => cut.Find("[data-testid=undo]"), Wait);
        // A real failure part-way: the table the undo keeps the removed figures in is gone for a moment.
        await ExecuteAsync("alter table observation_revisions rename to observation_revisions_away");

        cut.Find("[data-testid=undo]").Click();
        cut.WaitForAssertion(() => Assert.Contains($"Undo import {first.ImportId}?", cut.Markup, StringComparison.Ordinal), Wait);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Undo the import").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"Import {first.ImportId} could not be undone because the database did not answer; nothing was changed. Try again in a moment.",
            cut.Find("[data-testid=undo-outcome]").TextContent.Trim()), Wait);
        await ExecuteAsync("alter table observation_revisions_away rename to observation_revisions");
        Assert.Equal("Committed", cut.Find("[data-testid=status]").TextContent);
        Assert.False(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _app!.Get<Npgsql.NpgsqlDataSource>().CreateCommand(sql);
        await command.ExecuteNonQueryAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Keeping_the_import_in_the_confirmation_changes_nothing()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        var cut = RenderDetail(first.ImportId);
        cut.WaitForAssertion(() => cut.Find("[data-testid=undo]"), Wait);

        cut.Find("[data-testid=undo]").Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == "Keep it"), Wait);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").Click();

        cut.WaitForAssertion(() => Assert.Equal("Committed", cut.Find("[data-testid=status]").TextContent), Wait);
        Assert.Empty(cut.FindAll("[data-testid=undo-outcome]"));
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
