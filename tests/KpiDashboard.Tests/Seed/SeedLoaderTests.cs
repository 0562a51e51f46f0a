using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Seed;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Seed;

public sealed class SeedLoaderTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    [Fact]
    public async Task Loading_the_seed_twice_changes_nothing()
    {
        var before = await CountEverythingAsync();

        await App.Get<SeedLoader>().LoadAsync(RepoPaths.SeedData, TestContext.Current.CancellationToken);

        Assert.Equal(before, await CountEverythingAsync());
    }

    [Fact]
    public async Task The_seed_figures_arrive_through_the_importer_one_import_per_file()
    {
        await using var db = await DbAsync();

        var imports = await db.Imports.OrderBy(i => i.Id).Select(i => new { i.FileName, i.ImportedBy, i.RowsRead }).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["seed-data/observations/2018-19.csv", "seed-data/observations/2019-20.csv", "seed-data/observations/2020-21.csv"], imports.Select(i => i.FileName));
        Assert.All(imports, i => Assert.Equal(SeedLoader.ImportedBy, i.ImportedBy));
        Assert.Equal(await db.Observations.CountAsync(TestContext.Current.CancellationToken), imports.Sum(i => i.RowsRead));
    }

    [Fact]
    public async Task Every_area_has_36_months_of_figures()
    {
        await using var db = await DbAsync();

        var months = await db.Observations.Join(db.Areas, o => o.AreaId, a => a.Id, (o, a) => new { a.Code, o.Period }).GroupBy(x => x.Code)
            .Select(g => new { Area = g.Key, Months = g.Select(x => x.Period).Distinct().Count() })
            .ToDictionaryAsync(x => x.Area, x => x.Months, TestContext.Current.CancellationToken);

        Assert.Equal(new Dictionary<string, int> { ["SCC"] = 36, ["NE"] = 36, ["NW"] = 36, ["SE"] = 36, ["SW"] = 36 }, months);
    }

    private async Task<(int, int, int, int, int, int)> CountEverythingAsync()
    {
        await using var db = await DbAsync();
        var ct = TestContext.Current.CancellationToken;
        return (await db.Areas.CountAsync(ct), await db.Metrics.CountAsync(ct), await db.MetricTargets.CountAsync(ct),
            await db.Annotations.CountAsync(ct), await db.Observations.CountAsync(ct), await db.Imports.CountAsync(ct));
    }
}
