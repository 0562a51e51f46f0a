using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Hosting;

/// <summary><c>catalogue export DIR</c> and <c>catalogue import DIR [--dry-run]</c>, with the exit codes of <c>import</c>.</summary>
public static class CatalogueCommands
{
    /// <summary>Writes every catalogue file into the folder; a file already the same is left untouched, and each is reported.</summary>
    public static async Task<int> ExportAsync(WebApplication app, string directory)
    {
        var path = CommandRunner.InvocationPath(directory);
        if (File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"{directory}: is a file; give a folder to write the catalogue files into");
            return CommandRunner.UsageError;
        }

        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        foreach (var line in await app.Services.GetRequiredService<CatalogueExport>().WriteToDirectoryAsync(path, CancellationToken.None))
        {
            Console.WriteLine($"{Path.Combine(directory, line)}");
        }

        return CommandRunner.Success;
    }

    public static async Task<int> ImportAsync(WebApplication app, string directory, bool dryRun)
    {
        var path = CommandRunner.InvocationPath(directory);
        if (!Directory.Exists(path))
        {
            await Console.Error.WriteLineAsync($"{directory}: no such folder");
            return CommandRunner.UsageError;
        }

        var limits = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImportLimits>>().Value;
        var uploads = await ReadDirectoryAsync(path, limits, CancellationToken.None);
        if (uploads.Count == 0)
        {
            await Console.Error.WriteLineAsync($"{directory}: holds none of the catalogue files ({CatalogueFile.Names})");
            return CommandRunner.UsageError;
        }

        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        var result = await app.Services.GetRequiredService<CatalogueImporter>().ImportAsync(uploads, Actor.CommandLine, dryRun, CancellationToken.None);
        foreach (var problem in result.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }

        Console.WriteLine(result.Outcome switch
        {
            CatalogueImportOutcome.Invalid => $"{directory}: {result.Problems.Count} problem(s); nothing was imported.",
            CatalogueImportOutcome.NothingToChange => $"{directory}: the catalogue already says this; nothing changed.",
            CatalogueImportOutcome.Previewed => $"{directory}: dry run, nothing written. {result.Changes.Count} change(s) would be made:",
            _ => $"{directory}: imported. {result.Changes.Count} change(s) made:",
        });
        result.Changes.ToList().ForEach(c => Console.WriteLine("  " + c));
        result.Files.ToList().ForEach(f => Console.WriteLine(f));
        return result.Succeeded ? CommandRunner.Success : CommandRunner.ValidationErrors;
    }

    /// <summary>
    /// The catalogue files present in a folder (other files, such as the seed's figures, are not catalogue files and are
    /// not read). A file is read to one byte past the upload limit at most, enough for the importer to refuse it.
    /// </summary>
    public static async Task<List<CatalogueUpload>> ReadDirectoryAsync(string directory, ImportLimits limits, CancellationToken cancellationToken)
    {
        var limit = limits.MaxFileBytes + 1;
        var uploads = new List<CatalogueUpload>();
        foreach (var file in CatalogueFile.All)
        {
            var path = Path.Combine(directory, file.Name);
            if (File.Exists(path))
            {
                await using var stream = File.OpenRead(path);
                var bytes = new byte[Math.Min(stream.Length, limit)];
                await stream.ReadExactlyAsync(bytes, cancellationToken);
                uploads.Add(new CatalogueUpload(file.Name, bytes));
            }
        }

        return uploads;
    }
}
