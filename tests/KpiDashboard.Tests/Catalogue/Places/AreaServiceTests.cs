using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Catalogue.Places;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Places;

/// <summary>Areas added and changed through the service on real PostgreSQL: checked, written and audited together.</summary>
public sealed class AreaServiceTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly Actor Admin = new(TestUsers.For(Roles.Admin), "192.0.2.20");

    private AreaService Areas => App.Get<AreaService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<AuditEvent>> AuditAsync(string action)
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_fifth_quadrant_is_added_under_the_authority_and_audited()
    {
        Assert.Empty(await Areas.AddAsync(new AreaEntry(" CEN ", " Central ", AreaKind.Quadrant, "SCC", 5), Admin, Ct));

        var added = (await Areas.ListAsync(Ct)).Single(a => a.Code == "CEN");
        Assert.Equal(new AreaRow("CEN", "Central", AreaKind.Quadrant, "SCC", "Surrey", 5, HasFigures: false), added);
        var entry = Assert.Single(await AuditAsync(AuditActions.AreaAdded));
        Assert.Equal((Admin.Name, "Area CEN", "added: Central, quadrant inside SCC, order 5"), (entry.Actor, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task Re_parenting_a_locality_is_audited_old_to_new()
    {
        Assert.Empty(await Areas.AddAsync(new AreaEntry("GU", "Guildford", AreaKind.Locality, "SW"), Admin, Ct));

        Assert.Empty(await Areas.ChangeAsync("GU", new AreaEntry("GU", "Guildford", AreaKind.Locality, "NE"), Admin, Ct));

        Assert.Equal("NE", (await Areas.ListAsync(Ct)).Single(a => a.Code == "GU").ParentCode);
        var entry = Assert.Single(await AuditAsync(AuditActions.AreaChanged));
        Assert.Equal(("Area GU", "parent SW → NE"), (entry.Target, entry.Detail));
    }

    [Fact]
    public async Task Renaming_and_reordering_an_area_with_figures_keeps_its_code_and_its_figures()
    {
        Assert.Empty(await Areas.ChangeAsync("NE", new AreaEntry("NE", "North Eastern", AreaKind.Quadrant, "SCC", 9), Admin, Ct));

        var renamed = (await Areas.ListAsync(Ct)).Single(a => a.Code == "NE");
        Assert.Equal(("North Eastern", 9, true), (renamed.Name, renamed.SortOrder, renamed.HasFigures));
        var entry = Assert.Single(await AuditAsync(AuditActions.AreaChanged));
        Assert.StartsWith("name North East → North Eastern; order ", entry.Detail, StringComparison.Ordinal);
        Assert.EndsWith(" → 9", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_of_an_area_with_figures_is_refused_and_nothing_is_written()
    {
        var problems = await Areas.ChangeAsync("NE", new AreaEntry("NEX", "North East", AreaKind.Quadrant, "SCC"), Admin, Ct);

        Assert.Equal([new RuleProblem("Code", "The code NE already has figures and cannot change.")], problems);
        Assert.Contains(await Areas.ListAsync(Ct), a => a.Code == "NE");
        Assert.Empty(await AuditAsync(AuditActions.AreaChanged));
    }

    [Fact]
    public async Task The_code_of_an_area_without_figures_can_change_and_its_localities_follow()
    {
        Assert.Empty(await Areas.AddAsync(new AreaEntry("CEN", "Central", AreaKind.Quadrant, "SCC"), Admin, Ct));
        Assert.Empty(await Areas.AddAsync(new AreaEntry("WOK", "Woking", AreaKind.Locality, "CEN"), Admin, Ct));

        Assert.Empty(await Areas.ChangeAsync("CEN", new AreaEntry("MID", "Central", AreaKind.Quadrant, "SCC"), Admin, Ct));

        Assert.Equal("MID", (await Areas.ListAsync(Ct)).Single(a => a.Code == "WOK").ParentCode);
        Assert.Equal("code CEN → MID", Assert.Single(await AuditAsync(AuditActions.AreaChanged)).Detail);
    }

    [Fact]
    public async Task A_cycle_is_refused_with_a_sentence()
    {
        Assert.Empty(await Areas.AddAsync(new AreaEntry("GU", "Guildford", AreaKind.Locality, "NE"), Admin, Ct));

        var problems = await Areas.ChangeAsync("NE", new AreaEntry("NE", "North East", AreaKind.Quadrant, "GU"), Admin, Ct);

        Assert.Equal([new RuleProblem("ParentCode", "North East cannot be inside Guildford: Guildford is already inside North East.")], problems);
        Assert.Equal("SCC", (await Areas.ListAsync(Ct)).Single(a => a.Code == "NE").ParentCode);
    }

    [Theory]
    [InlineData("NE", "Central", "Quadrant", "SCC", "Code", "The code NE is already used by North East.")]
    [InlineData("cen", "Central", "Quadrant", "SCC", "Code", "An area's code is 1 to 20 capital letters, digits or hyphens, starting with a letter, such as NE; 'cen' is not.")]
    [InlineData("CEN", " ", "Quadrant", "SCC", "Name", "An area needs a name, such as North East.")]
    [InlineData("CEN", "Central", "Quadrant", "XX", "ParentCode", "There is no area with the code XX to be the parent.")]
    [InlineData("CEN", "Central", "Quadrant", "NE", "ParentCode", "A quadrant's parent must be the authority; North East (NE) is a quadrant.")]
    [InlineData("CEN", "Central", "Locality", "SCC", "ParentCode", "A locality's parent must be a quadrant; Surrey (SCC) is an authority.")]
    [InlineData("HCC", "Hampshire", "Authority", "", "ParentCode", "There is already an authority, Surrey (SCC); a quadrant or locality needs a parent.")]
    public async Task A_new_area_that_breaks_a_rule_is_refused_and_nothing_is_written(string code, string name, string kind, string parent, string field, string sentence)
    {
        var problems = await Areas.AddAsync(new AreaEntry(code, name, Enum.Parse<AreaKind>(kind), parent), Admin, Ct);

        Assert.Equal([new RuleProblem(field, sentence)], problems);
        Assert.Equal(5, (await Areas.ListAsync(Ct)).Count);
        Assert.Empty(await AuditAsync(AuditActions.AreaAdded));
    }

    [Fact]
    public async Task Changing_an_area_that_no_longer_exists_is_refused_with_a_sentence() =>
        Assert.Equal([new RuleProblem("Code", "There is no area with the code ZZ; it may have been changed meanwhile.")],
            await Areas.ChangeAsync("ZZ", new AreaEntry("ZZ", "Nowhere", AreaKind.Quadrant, "SCC"), Admin, Ct));

    [Fact]
    public async Task Saving_an_area_unchanged_writes_no_audit_line()
    {
        Assert.Empty(await Areas.ChangeAsync("NE", (await Areas.ListAsync(Ct)).Single(a => a.Code == "NE").Entry, Admin, Ct));

        Assert.Empty(await AuditAsync(AuditActions.AreaChanged));
    }
}
