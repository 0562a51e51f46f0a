using System.Globalization;
using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Packs;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>
/// <c>GET /api/v1/packs/{id}/pdf</c> and <c>/pptx</c> (a Viewer's key or the page's cookie; drafts only for Presenters
/// and Admins): the same files the pack page offers. <c>GET /packs/{id}/exports/{job}</c> hands the page's finished
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

        app.MapGet("/packs/{id}/exports/{job:guid}", DownloadJobAsync)
            .RequireAuthorization(Policies.Read).RequireRateLimiting(RateLimits.Downloads);
        return app;
    }

    /// <summary>Whether the user may see the pack: Viewers see published packs, Presenters and Admins drafts too.</summary>
    public static bool MaySee(System.Security.Claims.ClaimsPrincipal user, PackStatus status) =>
        status == PackStatus.Published || Policies.RolesFor[Policies.Present].Any(user.IsInRole);

    private static async Task<IResult> FileAsync(string id, PackExportFormat format, HttpContext context, PackExport export, CancellationToken ct)
    {
        if (AddressValues.Problem("pack id", id) is { } problem)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var packId))
        {
            return Results.Problem($"The pack id must be a whole number, such as 3; '{id}' is not.", statusCode: StatusCodes.Status400BadRequest);
        }

        var content = await export.ContentAsync(packId, ct);
        if (content is null)
        {
            return Results.Problem($"There is no pack with the id {packId}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!MaySee(context.User, content.Status))
        {
            return Results.Problem($"The pack {packId} is a draft; only Presenters and Admins see drafts.", statusCode: StatusCodes.Status403Forbidden);
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

    private static async Task<IResult> DownloadJobAsync(string id, Guid job, HttpContext context, ExportRunner runner, CancellationToken ct)
    {
        var found = runner.Find(job);
        if (found is null || found.RequestedBy != context.User.Identity?.Name || !found.Completion.IsCompletedSuccessfully)
        {
            return Results.Text($"That export of pack {id} is no longer here (exports are kept for {ExportRunner.KeepFinished.TotalMinutes:0} minutes); make it again from the pack's page.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var file = await found.Completion.WaitAsync(ct);
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }
}
