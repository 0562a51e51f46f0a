using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Files;

public sealed class CatalogueExportTests(PostgresServer server) : CatalogueFilesTest(server)
{
    [Fact]
    public async Task Exporting_the_seeded_catalogue_gives_the_seed_files_byte_for_byte()
    {
        var exported = await App.Get<CatalogueExport>().WriteAsync(Ct);

        Assert.Equal(CatalogueFile.All.Select(f => f.Name), exported.Select(f => f.Name));
        foreach (var file in exported)
        {
            var seed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.SeedData, file.Name), Ct);
            Assert.True(seed.AsSpan().SequenceEqual(file.Bytes), $"{file.Name} differs from seed-data/{file.Name}:\n{System.Text.Encoding.UTF8.GetString(file.Bytes)}");
        }
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_catalogue_then_export_again_is_byte_identical()
    {
        var first = await App.Get<CatalogueExport>().WriteAsync(Ct);
        await using var empty = TestApp.Build(await Server.CreateEmptyDatabaseAsync());
        await empty.Get<DatabasePreparation>().StartAsync(Ct);
        await using (var db = await empty.Get<IDbContextFactory<Web.Data.KpiDbContext>>().CreateDbContextAsync(Ct))
        {
            Assert.Equal(0, await db.Metrics.CountAsync(Ct));
        }

        var result = await empty.Get<CatalogueImporter>().ImportAsync([.. first.Select(f => new CatalogueUpload(f.Name, f.Bytes))], new Actor("tester", null), dryRun: false, Ct);
        var second = await empty.Get<CatalogueExport>().WriteAsync(Ct);

        Assert.Equal(CatalogueImportOutcome.Applied, result.Outcome);
        Assert.Equal(first.Sum(f => f.Rows), result.Changes.Count);
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), $"{pair.First.Name} differs after the round trip"));
    }

    [Fact]
    public async Task Export_into_a_folder_says_what_it_wrote_and_leaves_identical_files_alone()
    {
        var folder = Directory.CreateTempSubdirectory("kpi-catalogue-export-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, CatalogueFile.Targets), "old", Ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, CatalogueFile.Areas), await File.ReadAllBytesAsync(Path.Combine(RepoPaths.SeedData, CatalogueFile.Areas), Ct), Ct);

            var report = await App.Get<CatalogueExport>().WriteToDirectoryAsync(folder, Ct);

            Assert.Contains("areas.csv: unchanged", report);
            Assert.Contains("targets.csv: replaced (21 rows)", report);
            Assert.Contains("metrics.csv: written (25 rows)", report);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
