using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Rag;

namespace KpiDashboard.Tests.Catalogue;

/// <summary>A measure's targets added, changed and removed through <see cref="MeasureCatalogue"/>, and judged from their month only.</summary>
public sealed class MeasureTargetsTests(PostgresServer server) : CatalogueTest(server)
{
    private const string Inadequate = "audits-inadequate-pct";
    private static readonly DateOnly April2021 = new(2021, 4, 1);

    private async Task<RagStatus> RagAsync(string code, DateOnly month) =>
        (await App.Get<OverviewQuery>().LoadAsync("SCC", month, Audience.Internal, Ct)).Tiles.Single(t => t.Code == code).Rag;

    [Fact]
    public async Task A_new_target_is_added_and_audited_with_none_before_it()
    {
        Empty(await Catalogue.AddTargetAsync(Inadequate, new TargetDraft(April2021, null, 8, 8, 18), Admin, Ct));

        var entry = Assert.Single(await AuditAsync(AuditActions.TargetAdded));
        Assert.Equal((Admin.Name, Inadequate, "Target for audits-inadequate-pct from 2021-04: none → target 8, green 8, red 18"),
            (entry.Actor, entry.Target, entry.Detail));
        Assert.Contains((await Catalogue.LoadAsync(Inadequate, Ct))!.Targets, t => t.EffectiveFrom == April2021 && t.Green == 8 && t.AreaCode is null);
    }

    [Fact]
    public async Task Next_years_target_is_judged_from_its_month_only()
    {
        // 2021-01 is 17.4% and 2021-02 15.3%; the target from 2020-04 is green 10, red 20: both amber.
        var january = new DateOnly(2021, 1, 1);
        var february = new DateOnly(2021, 2, 1);
        var before = (await RagAsync(Inadequate, january), await RagAsync(Inadequate, february));

        Empty(await Catalogue.AddTargetAsync(Inadequate, new TargetDraft(february, null, 20, 20, 25), Admin, Ct));

        Assert.Equal((RagStatus.Amber, RagStatus.Amber), before);
        Assert.Equal((RagStatus.Amber, RagStatus.Green), (await RagAsync(Inadequate, january), await RagAsync(Inadequate, february)));
    }

    [Fact]
    public async Task A_target_for_one_area_is_added_for_that_area()
    {
        Empty(await Catalogue.AddTargetAsync(Inadequate, new TargetDraft(April2021, " NE ", null, 8, 18), Admin, Ct));

        Assert.Equal("Target for audits-inadequate-pct from 2021-04 in NE: none → green 8, red 18",
            Assert.Single(await AuditAsync(AuditActions.TargetAdded)).Detail);
    }

    [Fact]
    public async Task A_target_is_changed_with_its_old_and_new_values_audited()
    {
        var target = (await Catalogue.LoadAsync(Inadequate, Ct))!.Targets.Single(t => t.EffectiveFrom == new DateOnly(2020, 4, 1));

        Empty(await Catalogue.EditTargetAsync(Inadequate, target.Id, target.Draft with { Green = 9, Red = 19 }, Admin, Ct));

        Assert.Equal("Target for audits-inadequate-pct from 2020-04: target 10, green 10, red 20 → target 10, green 9, red 19",
            Assert.Single(await AuditAsync(AuditActions.TargetChanged)).Detail);
        Assert.Equal((9m, 19m), (await Catalogue.LoadAsync(Inadequate, Ct))!.Targets.Where(t => t.Id == target.Id).Select(t => (t.Green, t.Red)).Single());
    }

    [Fact]
    public async Task Moving_a_target_to_another_month_says_both_months()
    {
        var target = (await Catalogue.LoadAsync(Inadequate, Ct))!.Targets.Single(t => t.EffectiveFrom == new DateOnly(2020, 4, 1));

        Empty(await Catalogue.EditTargetAsync(Inadequate, target.Id, target.Draft with { EffectiveFrom = new DateOnly(2020, 10, 1) }, Admin, Ct));

        Assert.Equal("Target for audits-inadequate-pct from 2020-04: target 10, green 10, red 20 → from 2020-10: target 10, green 10, red 20",
            Assert.Single(await AuditAsync(AuditActions.TargetChanged)).Detail);
    }

    [Fact]
    public async Task A_target_is_removed_and_audited()
    {
        var target = (await Catalogue.LoadAsync(Inadequate, Ct))!.Targets.Single(t => t.EffectiveFrom == new DateOnly(2020, 4, 1));

        Empty(await Catalogue.RemoveTargetAsync(Inadequate, target.Id, Admin, Ct));

        Assert.DoesNotContain((await Catalogue.LoadAsync(Inadequate, Ct))!.Targets, t => t.Id == target.Id);
        Assert.Equal("Target for audits-inadequate-pct from 2020-04: target 10, green 10, red 20 → none",
            Assert.Single(await AuditAsync(AuditActions.TargetRemoved)).Detail);
        Assert.Equal("That target of audits-inadequate-pct is no longer there: it may have been removed a moment ago.",
            Assert.Single(await Catalogue.RemoveTargetAsync(Inadequate, target.Id, Admin, Ct)).Sentence);
    }

    [Fact]
    public async Task A_second_target_for_the_same_month_and_area_is_refused()
    {
        var problems = await Catalogue.AddTargetAsync(Inadequate, new TargetDraft(new DateOnly(2020, 4, 1), null, 8, 8, 18), Admin, Ct);

        Assert.Equal(["There is already a target from 2020-04 for all areas: change that one instead."], problems.Select(p => p.Sentence));
        Assert.Empty(await AuditAsync(AuditActions.TargetAdded));
    }

    [Fact]
    public async Task A_target_without_a_month_for_an_unknown_area_with_thresholds_the_wrong_way_round_is_refused_with_each_sentence()
    {
        var problems = await Catalogue.AddTargetAsync(Inadequate, new TargetDraft(null, "ZZ", 8, 18, 8), Admin, Ct);

        Assert.Equal(
            [(CatalogueFields.EffectiveFrom, "A target needs a month it applies from."), (CatalogueFields.Area, "There is no area with the code ZZ."),
             (CatalogueFields.Red, "Lower is better for this measure, so green (18) must be at or below red (8).")],
            problems.Select(p => (p.Field, p.Sentence)));
    }

    [Fact]
    public async Task The_catalogue_list_shows_the_target_in_force_now_and_names_an_area_target()
    {
        var list = (await Catalogue.ListAsync(Ct)).ToDictionary(m => m.Code, m => m.CurrentTarget);

        Assert.Equal("target 10, green 10, red 20 (from 2020-04)", list[Inadequate]);
        Assert.Equal("target 186, green 170, red 186 (from 2018-04, SCC only)", list["uasc"]);
        Assert.Null(list["referrals"]);
    }

    [Fact]
    public async Task A_target_for_a_measure_that_does_not_exist_is_refused() =>
        Assert.Equal("There is no measure with the code nowhere.",
            Assert.Single(await Catalogue.AddTargetAsync("nowhere", new TargetDraft(April2021, null, 8, 8, 18), Admin, Ct)).Sentence);
}
