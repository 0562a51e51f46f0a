using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;

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
    private static async Task<IResult> PostAsync(HttpRequest request, ImportService importer, bool? dryRun, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form?.Files.GetFile("file") is not { } file)
        {
            return Results.BadRequest(ImportResponse.From(ImportResult.Invalid("", 0, [new ImportError("", 0, "file", "",
                "No file was sent; post the CSV file as multipart/form-data in a field named 'file'")])));
        }

        var result = importer.RejectIfTooLarge(file.FileName, file.Length);
        if (result is null)
        {
            using var upload = await CopyAsync(file, cancellationToken);
            await using var content = upload.OpenRead();
            result = await importer.ImportAsync(content, upload.Name, Actor.From(request.HttpContext), dryRun ?? false, cancellationToken);
        }

        var response = ImportResponse.From(result);
        return result.Succeeded ? Results.Ok(response) : Results.BadRequest(response);
    }

    private static async Task<UploadedFile> CopyAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var source = file.OpenReadStream();
        return await UploadedFile.CopyAsync(source, file.FileName, cancellationToken);
    }
}
