using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>A database with the seed catalogue (no figures), and the seed's catalogue files to change and import.</summary>
public abstract class CatalogueFilesTest(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static async Task<Dictionary<string, string>> SeedFilesAsync()
    {
        var files = new Dictionary<string, string>();
        foreach (var upload in await CatalogueCommands.ReadDirectoryAsync(RepoPaths.SeedData, new Web.Features.Import.ImportLimits(), Ct))
        {
            files[upload.Name] = System.Text.Encoding.UTF8.GetString(upload.Bytes);
        }

        return files;
    }

    protected Task<CatalogueImportResult> ImportAsync(IReadOnlyDictionary<string, string> files, bool dryRun = false) =>
        App.Get<CatalogueImporter>().ImportAsync(
            [.. files.Select(f => new CatalogueUpload(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value)))], new Actor("tester", null), dryRun, Ct);

    protected async Task<Dictionary<string, string>> ExportAsync() =>
        (await App.Get<CatalogueExport>().WriteAsync(Ct)).ToDictionary(f => f.Name, f => System.Text.Encoding.UTF8.GetString(f.Bytes));
}
