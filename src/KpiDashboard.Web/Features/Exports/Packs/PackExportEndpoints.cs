using System.Globalization;
using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Exports.Background;
using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>
/// <c>GET /api/v1/packs/{id}/pdf</c> and <c>/pptx</c> (a Viewer's key or the page's cookie; drafts only for Presenters
/// and Admins, as not found for others): the same files the pack page offers. <c>GET /packs/{id}/exports/{job}</c> hands the page's finished
/// export to the person who asked for it.
/// </summary>
public static class PackExportEndpoints
{
    public static IEndpointRouteBuilder MapPackExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/packs/{id}").WithTags("Packs")
            .RequireAuthorization(Policies.ApiRead).RequireRateLimiting(RateLimits.Api);
        api.MapGet("/pdf", (string id, HttpContext context, PackExport export, CancellationToken ct) => FileAsync(id, PackExportFormat.Pdf, context, export, ct))
            .WithName("GetPackPdf")
            .WithSummary("The pack as a PDF: a page per slide, tagged, with an outline. A published pack's file is made once and kept.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/pptx", (string id, HttpContext context, PackExport export, CancellationToken ct) => FileAsync(id, PackExportFormat.Pptx, context, export, ct))
            .WithName("GetPackPptx")
            .WithSummary("The pack as a PowerPoint file: a slide per pack slide, figures and speaker notes in the notes.")
            .Produces(StatusCodes.Status200OK, contentType: PackExportFormat.Pptx.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/packs/{id}/exports/{job}", DownloadJobAsync).RequireRateLimiting(RateLimits.Downloads)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = AccessSetup.ApiScheme });
        return app;
    }

    private static async Task<IResult> FileAsync(string id, PackExportFormat format, HttpContext context, PackExport export, CancellationToken ct)
    {
        if (AddressValues.Problem("pack id", id) is { } problem)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var packId))
        {
            return Results.Problem($"A pack id is a whole number, such as 1; '{id}' is not. GET /api/v1/packs lists them.", statusCode: StatusCodes.Status400BadRequest);
        }

        // As GET /api/v1/packs/{id} answers: a draft is not found for a Viewer, so its existence does not leak.
        var content = await export.ContentAsync(packId, ct);
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        if (content is null || Features.Packs.PackVisibility.Refusal(packId, content.Status, (await authorization.AuthorizeAsync(context.User, Policies.Present)).Succeeded) is not null)
        {
            return Results.Problem($"There is no published pack with the id {packId}. GET /api/v1/packs lists them.", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            var file = await export.KeptAsync(content, format, ct)
                ?? await export.Start(content, format, context.User.Identity?.Name ?? "").Completion.WaitAsync(ct);
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        }
        catch (ExportFailedException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> DownloadJobAsync(string id, string job, HttpContext context, ExportRunner runner, CancellationToken ct)
    {
        var found = Guid.TryParse(job, out var jobId) ? runner.Find(jobId) : null;
        if (found is null || found.RequestedBy != context.User.Identity?.Name || !found.Completion.IsCompletedSuccessfully)
        {
            return Results.Text($"That export of pack {AuditLog.Clean(id, 40)} is no longer here (exports are kept for {ExportRunner.KeepFinished.TotalMinutes:0} minutes); make it again from the pack's page.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var file = await found.Completion.WaitAsync(ct);
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }
}
