using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Overview;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue;

/// <summary>Adding, editing, retiring and restoring measures through <see cref="MeasureCatalogue"/>, on real PostgreSQL.</summary>
public sealed class MeasureCatalogueTests(PostgresServer server) : CatalogueTest(server)
{
    [Fact]
    public async Task A_new_measure_is_appended_to_the_catalogue_and_audited_with_who_added_it()
    {
        var last = (await Catalogue.ListAsync(Ct))[^1];

        Empty(await Catalogue.AddAsync(Count("  audits-unseen  "), [], null, Admin, Ct));

        var list = await Catalogue.ListAsync(Ct);
        Assert.Equal([last.Code, "audits-unseen"], list.TakeLast(2).Select(m => m.Code));
        var entry = Assert.Single(await AuditAsync(AuditActions.MeasureAdded));
        Assert.Equal((Admin.Name, "audits-unseen"), (entry.Actor, entry.Target));
        Assert.StartsWith("none → 'Audits counted' (Quality of practice), Count, 0 decimals, Neutral, Monthly, lag 1, suppression yes, roll-up sum", entry.Detail);
    }

    [Fact]
    public async Task A_new_measure_can_be_placed_before_another()
    {
        Empty(await Catalogue.AddAsync(Count("audits-unseen"), [], "audits-good", Admin, Ct));

        var codes = (await Catalogue.ListAsync(Ct)).Select(m => m.Code).ToList();
        Assert.Equal(codes.IndexOf("audits-good") - 1, codes.IndexOf("audits-unseen"));
        Assert.Equal(0, codes.IndexOf("audits-outstanding"));
        Assert.EndsWith(", placed before audits-good", Assert.Single(await AuditAsync(AuditActions.MeasureAdded)).Detail);
    }

    [Fact]
    public async Task A_measure_with_problems_is_refused_with_a_sentence_for_each_and_nothing_is_written()
    {
        var problems = await Catalogue.AddAsync(Count("referrals") with { Name = "", Decimals = 4 }, [], null, Admin, Ct);

        Assert.Equal(
            ["The code referrals is already used by another measure.", "A measure needs a name.", "Decimals are from 0 to 3; 4 is not allowed."],
            problems.Select(p => p.Sentence));
        Assert.Empty(await AuditAsync(AuditActions.MeasureAdded));
    }

    [Fact]
    public async Task Placing_a_measure_before_one_that_does_not_exist_is_refused() =>
        Assert.Equal("There is no measure with the code nowhere to place the new one before.",
            Assert.Single(await Catalogue.AddAsync(Count("audits-unseen"), [], "nowhere", Admin, Ct)).Sentence);

    [Fact]
    public async Task Editing_changes_the_fields_and_audits_old_and_new_values()
    {
        var record = (await Catalogue.LoadAsync("complaints", Ct))!;

        Empty(await Catalogue.EditAsync("complaints", record.Draft with { Name = "Complaints from families", ReportingLagMonths = 2 }, record.Parts, Admin, Ct));

        var metric = await MetricAsync("complaints");
        Assert.Equal(("Complaints from families", 2), (metric.Name, metric.ReportingLagMonths));
        var entry = Assert.Single(await AuditAsync(AuditActions.MeasureEdited));
        Assert.Equal((Admin.Name, "complaints", $"name: '{record.Draft.Name}' → 'Complaints from families'; reporting lag: {record.Draft.ReportingLagMonths} → 2"),
            (entry.Actor, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task The_code_of_a_measure_with_figures_cannot_change()
    {
        var record = (await Catalogue.LoadAsync("audits-inadequate", Ct))!;

        var problems = await Catalogue.EditAsync("audits-inadequate", record.Draft with { Code = "audits-poor" }, record.Parts, Admin, Ct);

        Assert.True(record.HasFigures);
        var problem = Assert.Single(problems);
        Assert.Equal((CatalogueFields.Code, "The code audits-inadequate already has figures and cannot change."), (problem.Field, problem.Sentence));
        Assert.Equal("audits-inadequate", (await MetricAsync("audits-inadequate")).Code);
        Assert.Empty(await AuditAsync(AuditActions.MeasureEdited));
    }

    [Fact]
    public async Task The_code_of_a_measure_without_figures_can_change()
    {
        Empty(await Catalogue.AddAsync(Count("audits-unseen"), [], null, Admin, Ct));

        Empty(await Catalogue.EditAsync("audits-unseen", Count("audits-unheard"), [], Admin, Ct));

        Assert.Null(await Catalogue.LoadAsync("audits-unseen", Ct));
        Assert.False((await Catalogue.LoadAsync("audits-unheard", Ct))!.HasFigures);
        Assert.Equal("code: 'audits-unseen' → 'audits-unheard'", Assert.Single(await AuditAsync(AuditActions.MeasureEdited)).Detail);
    }

    [Fact]
    public async Task A_count_that_is_part_of_a_share_must_keep_rolling_up_by_sum()
    {
        var record = (await Catalogue.LoadAsync("audits-good", Ct))!;

        var problems = await Catalogue.EditAsync("audits-good", record.Draft with { Rollup = Rollup.None }, [], Admin, Ct);

        Assert.Equal(["audits-good is a part of audits-good-or-better-pct, audits-inadequate-pct, so it must keep rolling up by sum."],
            problems.Select(p => p.Sentence));
    }

    [Fact]
    public async Task Editing_a_measure_that_is_gone_is_refused() =>
        Assert.Equal("There is no measure with the code nowhere.", Assert.Single(await Catalogue.EditAsync("nowhere", Count("nowhere"), [], Admin, Ct)).Sentence);

    [Fact]
    public async Task Saving_a_measure_unchanged_writes_no_audit_line()
    {
        var record = (await Catalogue.LoadAsync("audits-inadequate-pct", Ct))!;

        Empty(await Catalogue.EditAsync("audits-inadequate-pct", record.Draft, [.. record.Parts.Reverse()], Admin, Ct));

        Assert.Empty(await AuditAsync(AuditActions.MeasureEdited));
        Assert.Empty(await AuditAsync(AuditActions.RollupChanged));
    }

    [Fact]
    public async Task A_retired_measure_leaves_the_overview_keeps_its_figures_and_its_page_says_when()
    {
        var before = await App.Get<OverviewQuery>().LoadAsync("SCC", null, Audience.Internal, Ct);
        var figuresBefore = await FigureCountAsync("complaints");

        Empty(await Catalogue.RetireAsync("complaints", Admin, Ct));

        var after = await App.Get<OverviewQuery>().LoadAsync("SCC", null, Audience.Internal, Ct);
        var detail = await App.Get<MetricDetailQuery>().LoadAsync("complaints", "SCC", null, null, Audience.Internal, Ct);
        Assert.Contains(before.Tiles, t => t.Code == "complaints");
        Assert.DoesNotContain(after.Tiles, t => t.Code == "complaints");
        Assert.Equal(before.Tiles.Count - 1, after.Tiles.Count);
        Assert.NotNull(detail!.Metric.RetiredAt);
        Assert.Contains(detail.Series.SelectMany(s => s.Figures), f => f?.Value is not null);
        Assert.Equal(figuresBefore, await FigureCountAsync("complaints"));
        Assert.True(figuresBefore > 0);
        Assert.Equal("retired: no → " + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(await AuditAsync(AuditActions.MeasureRetired)).Detail);
    }

    private async Task<int> FigureCountAsync(string code)
    {
        await using var db = await DbAsync();
        return await db.Observations.CountAsync(o => o.MetricId == db.Metrics.Single(m => m.Code == code).Id, Ct);
    }

    [Fact]
    public async Task A_restored_measure_returns_to_the_overview()
    {
        Empty(await Catalogue.RetireAsync("complaints", Admin, Ct));

        Empty(await Catalogue.RestoreAsync("complaints", Admin, Ct));

        Assert.Contains((await App.Get<OverviewQuery>().LoadAsync("SCC", null, Audience.Internal, Ct)).Tiles, t => t.Code == "complaints");
        Assert.Null((await MetricAsync("complaints")).RetiredAt);
        Assert.StartsWith("retired: 20", Assert.Single(await AuditAsync(AuditActions.MeasureRestored)).Detail);
    }

    [Fact]
    public async Task Retiring_twice_or_restoring_a_live_measure_is_refused()
    {
        Empty(await Catalogue.RetireAsync("complaints", Admin, Ct));

        Assert.Equal("The measure complaints is already retired.", Assert.Single(await Catalogue.RetireAsync("complaints", Admin, Ct)).Sentence);
        Assert.Equal("The measure referrals is not retired.", Assert.Single(await Catalogue.RestoreAsync("referrals", Admin, Ct)).Sentence);
        Assert.Single(await AuditAsync(AuditActions.MeasureRetired));
    }
}
