using System.Globalization;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Download the catalogue as a zip; upload CSV files or one zip, see every problem or the preview of what changes, then
/// apply. The bytes previewed are kept in memory (a catalogue is small; each file is capped at the upload limit) and are
/// the bytes applied; applying checks them again against the catalogue as it is then.
/// </summary>
public sealed partial class CatalogueFilesPage(CatalogueImporter importer, CircuitUser user, IOptions<ImportLimits> limits, ILogger<CatalogueFilesPage> logger)
{
    private enum Step { Empty, Working, Done }

    private const int MaxFiles = 20;
    private Step _step;
    private CatalogueImportResult? _result;
    private List<CatalogueUpload> _uploads = [];
    private string _names = "";

    private bool Busy => _step == Step.Working;

    private int MaxChangesListed => limits.Value.MaxChangesListed;

    private long MaxBytes => limits.Value.MaxFileBytes;

    private string LimitText => string.Create(CultureInfo.InvariantCulture, $"{MaxBytes / 1024.0 / 1024.0:0.#} MB");

    private async Task FilesChosenAsync(InputFileChangeEventArgs e)
    {
        Reset();
        if (e.FileCount > MaxFiles)
        {
            Show(Problem("(upload)", $"{e.FileCount} files were chosen; the catalogue is {CatalogueFile.All.Count} files"));
            return;
        }

        var files = e.GetMultipleFiles(MaxFiles);
        _names = string.Join(", ", files.Select(f => f.Name));
        if (files.FirstOrDefault(f => f.Size > MaxBytes) is { } tooLarge)
        {
            Show(Problem(tooLarge.Name, $"the file is larger than {LimitText}, far more than a catalogue needs"));
            return;
        }

        _step = Step.Working;
        StateHasChanged();
        await RunAsync(async () =>
        {
            var uploads = new List<CatalogueUpload>();
            foreach (var file in files)
            {
                using var copy = new MemoryStream();
                await using (var stream = file.OpenReadStream(MaxBytes))
                {
                    await stream.CopyToAsync(copy);
                }

                if (!CatalogueZip.IsZip(file.Name))
                {
                    uploads.Add(new CatalogueUpload(Path.GetFileName(file.Name), copy.ToArray()));
                    continue;
                }

                var (unpacked, problem) = CatalogueZip.Read(file.Name, copy.ToArray(), MaxBytes);
                if (problem is not null)
                {
                    Show(CatalogueImportResult.Invalid([problem]));
                    return;
                }

                uploads.AddRange(unpacked);
            }

            _uploads = uploads;
            await ImportAsync(dryRun: true);
        });
    }

    private async Task ApplyAsync()
    {
        _step = Step.Working;
        StateHasChanged();
        await RunAsync(() => ImportAsync(dryRun: false));
    }

    private async Task ImportAsync(bool dryRun)
    {
        // Checked again at the click, on the server: the page's policy was checked when it opened, and roles can change.
        if (await user.ActorIfAllowedAsync(Policies.Administer) is not { } actor)
        {
            Show(Problem("(upload)", CircuitUser.Refusal(Policies.Administer)));
            return;
        }

        Show(await importer.ImportAsync(_uploads, actor, dryRun, CancellationToken.None));
    }

    private void Show(CatalogueImportResult result)
    {
        (_result, _step) = (result, Step.Done);
        if (result.Outcome != CatalogueImportOutcome.Previewed)
        {
            _uploads = [];
        }
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (IOException ex) when (ex.Message.Contains("exceeds the maximum", StringComparison.Ordinal))
        {
            Show(Problem(_names, $"a file is larger than {LimitText}, far more than a catalogue needs"));
        }
#pragma warning disable CA1031 // Any other failure is shown as a sentence; the details go to the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Catalogue import of {Files} failed", _names);
            Show(Problem(_names, "the import could not be completed, so nothing was written. Try again; if it fails again, tell the system administrator (the details are in the app's log)"));
        }
    }

    private void Reset()
    {
        (_result, _uploads, _step) = (null, [], Step.Empty);
    }

    private static CatalogueImportResult Problem(string file, string message) =>
        CatalogueImportResult.Invalid([new ImportError(file, 0, "", "", message)]);

    private static MudBlazor.Severity Severity(CatalogueImportResult result) => result.Outcome switch
    {
        CatalogueImportOutcome.Invalid => MudBlazor.Severity.Error,
        CatalogueImportOutcome.Applied => MudBlazor.Severity.Success,
        _ => MudBlazor.Severity.Info,
    };

    private static string Outcome(CatalogueImportResult result) => result.Outcome switch
    {
        CatalogueImportOutcome.Invalid => $"{Count(ImportProblems.Found(result.Problems), "problem")} found; nothing was imported. Correct the files and upload them again.",
        CatalogueImportOutcome.NothingToChange => "The files say what the catalogue already says; nothing changed.",
        CatalogueImportOutcome.Previewed => $"No problems. Applying would make {Count(result.Changes.Count, "change")}; nothing has changed yet: check them, then apply or cancel.",
        _ => $"Imported: {Count(result.Changes.Count, "change")} made, and recorded in the audit log.",
    };

    private static string Count(int n, string what) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {what}{(n == 1 ? "" : "s")}");
}
