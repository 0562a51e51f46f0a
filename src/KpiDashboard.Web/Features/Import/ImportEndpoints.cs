using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Import;

/// <summary>The import API (<c>POST /api/v1/imports</c>) and the template downloads for the upload page.</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        // Downloads for the page (its cookie) and for scripts (an Analyst's key).
        var templates = app.MapGroup("/import/templates").RequireRateLimiting(RateLimits.Downloads)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Analyse) { AuthenticationSchemes = AccessSetup.ApiScheme });
        templates.MapGet("/long.csv", async (ImportTemplates t, CancellationToken ct) =>
            Results.Text(await t.LongAsync(ct), "text/csv; charset=utf-8"));
        templates.MapGet("/wide.csv", async (ImportTemplates t, CancellationToken ct) =>
            Results.Text(await t.WideAsync(ct), "text/csv; charset=utf-8"));

        // Scripts post without an anti-forgery token: they send an Analyst's API key instead, and a cookie alone is
        // never enough here (that is what let another site's page import in a signed-in analyst's name).
        var api = app.MapGroup("/api/v1/imports").DisableAntiforgery()
            .RequireAuthorization(Policies.ImportApi).RequireRateLimiting(RateLimits.Api);
        api.MapPost("/", PostAsync);
        return app;
    }

    /// <summary>Imports (or with <c>?dryRun=true</c> only checks) the multipart field <c>file</c>.</summary>
    private static async Task<IResult> PostAsync(HttpRequest request, ImportService importer, IOptions<ImportLimits> limits, string? dryRun,
        CancellationToken cancellationToken)
    {
        if (!bool.TryParse(dryRun ?? "false", out var onlyCheck))
        {
            return Refused(new ImportError("", 0, "dryRun", "", "The value of 'dryRun' must be true or false; leave it out to import"));
        }

        var upload = await ImportUploadForm.ReadAsync(request, limits.Value, cancellationToken);
        if (upload.File is not { } file)
        {
            return Refused(upload.Problem!, upload.Status);
        }

        var result = importer.RejectIfTooLarge(ImportFileName.OfUpload(file.FileName), file.Length);
        if (result is null)
        {
            using var copy = await CopyAsync(file, cancellationToken);
            await using var content = copy.OpenRead();
            result = await importer.ImportAsync(content, copy.Name, Actor.From(request.HttpContext), onlyCheck, cancellationToken);
        }

        var response = ImportResponse.From(result);
        return result.Succeeded ? Results.Ok(response) : Results.BadRequest(response);
    }

    /// <summary>The import's validation answer (the same shape as any other), for a request that brought no file to check.</summary>
    private static IResult Refused(ImportError problem, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(ImportResponse.From(ImportResult.Invalid("", 0, [problem])), statusCode: status);

    private static async Task<UploadedFile> CopyAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var source = file.OpenReadStream();
        return await UploadedFile.CopyAsync(source, file.FileName, cancellationToken);
    }
}
