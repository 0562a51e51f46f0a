using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Catalogue.Places;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Places;

/// <summary>Comparators added and renamed through the service on real PostgreSQL, audited in the same transaction.</summary>
public sealed class ComparatorServiceTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static readonly Actor Admin = new(TestUsers.For(Roles.Admin), "192.0.2.20");

    private ComparatorService Comparators => App.Get<ComparatorService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<AuditEvent>> AuditAsync()
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.Where(e => e.Action == AuditActions.ComparatorAdded || e.Action == AuditActions.ComparatorChanged)
            .OrderBy(e => e.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_comparator_is_added_and_audited()
    {
        Assert.Empty(await Comparators.AddAsync(new ComparatorEntry("london", "London", 4), Admin, Ct));

        Assert.Contains(new ComparatorRow("london", "London", 4, HasBenchmarks: false), await Comparators.ListAsync(Ct));
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal((AuditActions.ComparatorAdded, "Comparator london", "added: London, order 4"), (entry.Action, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task A_comparator_with_benchmarks_is_renamed_and_audited_old_to_new()
    {
        var england = (await Comparators.ListAsync(Ct)).Single(c => c.Code == "england");

        Assert.Empty(await Comparators.ChangeAsync("england", england.Entry with { Name = "England (all LAs)" }, Admin, Ct));

        Assert.True(england.HasBenchmarks);
        Assert.Equal("England (all LAs)", (await Comparators.ListAsync(Ct)).Single(c => c.Code == "england").Name);
        Assert.Equal("name England → England (all LAs)", Assert.Single(await AuditAsync()).Detail);
    }

    [Fact]
    public async Task The_code_of_a_comparator_with_benchmarks_is_refused()
    {
        Assert.Equal([new RuleProblem("Code", "The code england already has benchmarks and cannot change.")],
            await Comparators.ChangeAsync("england", new ComparatorEntry("all-england", "England"), Admin, Ct));

        Assert.Contains(await Comparators.ListAsync(Ct), c => c.Code == "england");
        Assert.Empty(await AuditAsync());
    }

    [Theory]
    [InlineData("england", "Everywhere", "Code", "The code england is already used by England.")]
    [InlineData("London", "London", "Code", "A comparator's code is up to 40 lower-case letters and digits in words joined by hyphens, such as south-east-region; 'London' is not.")]
    [InlineData("london", "", "Name", "A comparator needs a name, such as England.")]
    [InlineData("eng2", "England", "Name", "The name England is already used by comparator england.")]
    public async Task A_new_comparator_that_breaks_a_rule_is_refused_and_nothing_is_written(string code, string name, string field, string sentence)
    {
        Assert.Equal([new RuleProblem(field, sentence)], await Comparators.AddAsync(new ComparatorEntry(code, name), Admin, Ct));

        Assert.Equal(3, (await Comparators.ListAsync(Ct)).Count);
        Assert.Empty(await AuditAsync());
    }
}
