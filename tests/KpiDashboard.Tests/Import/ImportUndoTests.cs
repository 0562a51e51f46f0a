using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Import;

public sealed class ImportUndoTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private const string Header = "period,area,metric,value\n";

    private Task<ImportResult> ImportAsync(string csv, string file) =>
        App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), file, TestUsers.Analyst, false, TestContext.Current.CancellationToken);

    private Task<UndoResult> UndoAsync(long? importId) =>
        App.Get<ImportUndo>().UndoAsync(importId!.Value, TestUsers.Reviewer, TestContext.Current.CancellationToken);

    private Task<IReadOnlyList<string>> ObservationsAsync() => TableRows.ReadAsync(ConnectionString, "observations");

    [Fact]
    public async Task Undoing_a_restatement_restores_the_first_figures_exactly()
    {
        await ImportAsync(Header + "2020-06,NE,referrals,204\n2020-06,NW,referrals,180\n", "june.csv");
        var before = await ObservationsAsync();
        var restated = await ImportAsync(Header + "2020-06,NE,referrals,210\n2020-06,NW,referrals,180\n2020-07,NE,referrals,190\n", "restated.csv");
        Assert.NotEqual(before, await ObservationsAsync());

        var undo = await UndoAsync(restated.ImportId);

        Assert.Equal(new UndoResult(true, $"Import {restated.ImportId} (restated.csv) was undone: 1 figure it added removed, 1 figure it replaced restored."), undo);
        Assert.Equal(before, await ObservationsAsync());
        await using var db = await DbAsync();
        var import = await db.Imports.SingleAsync(i => i.Id == restated.ImportId, TestContext.Current.CancellationToken);
        Assert.Equal((ImportStatus.Undone, TestUsers.Reviewer.Name), (import.Status, import.UndoneBy));
        Assert.NotNull(import.UndoneAt);
    }

    [Fact]
    public async Task Undoing_a_first_import_leaves_no_figures_but_keeps_them_as_revisions()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n2020-06,NW,referrals,180\n", "june.csv");

        var undo = await UndoAsync(first.ImportId);

        Assert.True(undo.Undone);
        Assert.Empty(await ObservationsAsync());
        await using var db = await DbAsync();
        Assert.Equal([180m, 204m], await db.ObservationRevisions.Where(r => r.SupersededByImportId == first.ImportId)
            .Select(r => r.Value!.Value).OrderBy(v => v).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Undo_is_refused_when_a_later_import_has_changed_the_same_figures_and_names_it()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        var second = await ImportAsync(Header + "2020-06,NE,referrals,210\n", "restated.csv");
        var before = await ObservationsAsync();

        var undo = await UndoAsync(first.ImportId);

        Assert.False(undo.Undone);
        Assert.StartsWith($"Import {first.ImportId} (june.csv) cannot be undone: import {second.ImportId} (restated.csv, ", undo.Message, StringComparison.Ordinal);
        Assert.EndsWith($"UTC) has since changed 1 figure it wrote; undo import {second.ImportId} first.", undo.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ObservationsAsync());
    }

    [Fact]
    public async Task Once_the_later_import_is_undone_the_earlier_one_can_be_undone_too()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        var second = await ImportAsync(Header + "2020-06,NE,referrals,210\n", "restated.csv");

        Assert.True((await UndoAsync(second.ImportId)).Undone);
        Assert.True((await UndoAsync(first.ImportId)).Undone);

        Assert.Empty(await ObservationsAsync());
    }

    [Fact]
    public async Task An_import_cannot_be_undone_twice()
    {
        var first = await ImportAsync(Header + "2020-06,NE,referrals,204\n", "june.csv");
        await UndoAsync(first.ImportId);

        var again = await UndoAsync(first.ImportId);

        Assert.False(again.Undone);
        Assert.StartsWith($"Import {first.ImportId} (june.csv) was already undone on ", again.Message, StringComparison.Ordinal);
        Assert.EndsWith($" by {TestUsers.Reviewer.Name}; nothing changed.", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_import_was_undone_can_be_imported_again()
    {
        const string csv = Header + "2020-06,NE,referrals,204\n";
        var first = await ImportAsync(csv, "june.csv");
        await UndoAsync(first.ImportId);

        var again = await ImportAsync(csv, "june.csv");

        Assert.Equal((ImportOutcome.Committed, 1), (again.Outcome, again.NewValues));
        Assert.Single(await ObservationsAsync());
    }
}
