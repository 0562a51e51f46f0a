using System.Globalization;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace KpiDashboard.Web.Features.Import;

public enum ImportStep
{
    Empty,
    Validating,
    Errors,
    Preview,
    Committing,
    Committed,
    AlreadyImported,
    Failed,
}

/// <summary>
/// Upload, check, preview, then commit or cancel. The upload is copied to a temporary file so the
/// same bytes that were previewed are the ones committed.
/// </summary>
public sealed partial class ImportPage(ImportService importer, ImportTemplates templates, CircuitUser user, ILogger<ImportPage> logger) : IDisposable
{
    private ImportStep _step;
    private ImportResult? _result;
    private UploadedFile? _upload;
    private string _fileName = "";
    private string _failure = "";
    private DateOnly _templateMonth;

    private bool Busy => _step is ImportStep.Validating or ImportStep.Committing;

    private string LimitText => importer.MaxFileBytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{importer.MaxFileBytes / 1024.0 / 1024.0:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{importer.MaxFileBytes / 1024} KB");

    private string ProgressText => _step == ImportStep.Committing
        ? $"Committing {_fileName}…"
        : $"Checking {_fileName}…";

    private string Outcome => _result is not { } r ? "" : _step switch
    {
        ImportStep.Errors => $"{r.FileName} has {Problems(r.Errors)}; nothing was imported. Correct the file and upload it again.",
        ImportStep.Preview => $"{r.FileName} has no problems. Nothing has changed yet: check the summary, then commit the import or cancel.",
        ImportStep.AlreadyImported => $"{r.FileName} was already imported on {r.PreviouslyImportedAt?.UtcDateTime.ToString("d MMM yyyy 'at' HH:mm 'UTC'", FigureFormat.Uk)} (import {r.ImportId}); nothing changed.",
        ImportStep.Committed => $"{r.FileName} was imported as import {r.ImportId}.",
        _ => "",
    };

    protected override async Task OnInitializedAsync() => _templateMonth = await templates.NextMonthAsync(CancellationToken.None);

    private async Task FileChosenAsync(InputFileChangeEventArgs e)
    {
        Reset();
        var file = e.File;
        _fileName = file.Name;
        if (importer.RejectIfTooLarge(file.Name, file.Size) is { } tooLarge)
        {
            Show(tooLarge);
            return;
        }

        _step = ImportStep.Validating;
        StateHasChanged();
        await RunAsync(async () =>
        {
            await using (var browserStream = file.OpenReadStream(importer.MaxFileBytes))
            {
                _upload = await UploadedFile.CopyAsync(browserStream, file.Name, CancellationToken.None);
            }

            Show(await ImportUploadAsync(dryRun: true));
        });
    }

    private async Task CommitAsync()
    {
        if (_upload is null)
        {
            return;
        }

        _step = ImportStep.Committing;
        StateHasChanged();
        await RunAsync(async () =>
        {
            Show(await ImportUploadAsync(dryRun: false));
            DeleteUpload();
        });
    }

    private void Cancel() => Reset();

    private async Task<ImportResult> ImportUploadAsync(bool dryRun)
    {
        // Checked again at the click, on the server: the page's policy was checked when it opened, and roles can change.
        if (await user.ActorIfAllowedAsync(Policies.Analyse) is not { } actor)
        {
            return ImportResult.Invalid(_upload!.Name, 0, [new ImportError(_upload.Name, 0, "", "", CircuitUser.Refusal(Policies.Analyse))]);
        }

        await using var content = _upload!.OpenRead();
        return await importer.ImportAsync(content, _upload.Name, actor, dryRun);
    }

    private void Show(ImportResult result)
    {
        _result = result;
        _step = result.Outcome switch
        {
            ImportOutcome.Invalid => ImportStep.Errors,
            ImportOutcome.Previewed => ImportStep.Preview,
            ImportOutcome.AlreadyImported => ImportStep.AlreadyImported,
            _ => ImportStep.Committed,
        };
        if (_step != ImportStep.Preview)
        {
            DeleteUpload();
        }
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
#pragma warning disable CA1031 // Any failure here is shown to the analyst as a sentence; the details go to the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Import of {File} failed", _fileName);
            DeleteUpload();
            _failure = ex is IOException && ex.Message.Contains("exceeds the maximum", StringComparison.Ordinal)
                ? $"{_fileName} is larger than the {LimitText} limit; split it into smaller files."
                : $"The import of {_fileName} could not be completed, so nothing was written. Try again; if it fails again, tell the system administrator (the details are in the app's log).";
            _step = ImportStep.Failed;
        }
    }

    private void Reset()
    {
        DeleteUpload();
        _result = null;
        _failure = "";
        _step = ImportStep.Empty;
    }

    private void DeleteUpload()
    {
        _upload?.Dispose();
        _upload = null;
    }

    private static string Problems(IReadOnlyList<ImportError> errors) => ImportProblems.Found(errors) switch
    {
        1 => "1 problem",
        var found when found < errors.Count => string.Create(CultureInfo.InvariantCulture, $"more than {found:N0} problems"),
        var found => $"{found} problems",
    };

    public void Dispose() => DeleteUpload();
}
