using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>The seed catalogue arrives through the catalogue importer, adding only what is missing.</summary>
public sealed class CatalogueSeedingTests(PostgresServer server) : CatalogueFilesTest(server)
{
    [Fact]
    public async Task Loading_the_seed_again_keeps_an_admins_later_change()
    {
        var files = new Dictionary<string, string> { [CatalogueFile.Targets] = (await SeedFilesAsync())[CatalogueFile.Targets]
            .Replace("complaints,SCC,2018-04,35,35,45", "complaints,SCC,2018-04,30,30,45", StringComparison.Ordinal) };
        Assert.Equal(CatalogueImportOutcome.Applied, (await ImportAsync(files)).Outcome);

        await App.Get<SeedLoader>().LoadCatalogueAsync(RepoPaths.SeedData, Ct);

        Assert.Contains("complaints,SCC,2018-04,30,30,45\n", (await ExportAsync())[CatalogueFile.Targets], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seed_catalogue_with_a_problem_stops_start_up_naming_file_row_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("kpi-seed-catalogue-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepoPaths.SeedData, "*.csv"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var metrics = Path.Combine(folder, CatalogueFile.Metrics);
            File.WriteAllText(metrics, File.ReadAllText(metrics).Replace("Case audits graded good,Quality of practice,count", "Case audits graded good,Quality of practice,kg", StringComparison.Ordinal));
            await using var empty = TestApp.Build(await Server.CreateEmptyDatabaseAsync());
            await empty.Get<DatabasePreparation>().StartAsync(Ct);

            var problem = await Assert.ThrowsAsync<StartupProblemException>(() => empty.Get<SeedLoader>().LoadCatalogueAsync(folder, Ct));

            Assert.Contains("metrics.csv, row 3, column unit: found 'kg', expected count, percent, rate, days or fte.", problem.Message, StringComparison.Ordinal);
            await using var db = await empty.Get<IDbContextFactory<Web.Data.KpiDbContext>>().CreateDbContextAsync(Ct);
            Assert.Equal(0, await db.Areas.CountAsync(Ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
