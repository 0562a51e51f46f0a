using System.Security.Claims;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.ReadApi;
using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>A pack as the API lists it; <see cref="ForPublication"/>: marked for publication, small numbers about children shown as c.</summary>
public sealed record PackDto(int Id, string Title, string MeetingDate, string ReportingMonth, string Status, DateTimeOffset? PublishedAt, bool ForPublication);

/// <summary>
/// Meeting packs over the read API: the list, and a pack's content as JSON (for a published pack, as published, each
/// revised figure carrying its current value and when it changed). Viewers and their keys see published packs only.
/// </summary>
public static class PackApiEndpoints
{
    public static IEndpointRouteBuilder MapPackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/packs").WithTags("Packs")
            .RequireAuthorization(Policies.ApiRead).RequireRateLimiting(RateLimits.Api);
        api.MapGet("", ListAsync)
            .WithName("ListPacks")
            .WithSummary("Meeting packs, latest meeting first: published ones, and drafts too for Presenters and Admins.")
            .Produces<IReadOnlyList<PackDto>>();
        api.MapGet("/{id}", GetAsync)
            .WithName("GetPack")
            .WithSummary("A pack's slides, figures, judgements and notes; for a published pack as published, with each figure revised since carrying its current value.")
            .Produces<PackContent>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, IAuthorizationService authorization, PackService packs, CancellationToken ct)
    {
        var list = await packs.ListAsync(await MayPresentAsync(user, authorization), ct);
        return Results.Ok(list.Select(p => new PackDto(p.Id, p.Title, p.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ApiNames.Month(p.ReportingMonth), p.Status == PackStatus.Published ? "published" : "draft", p.PublishedAt, p.ForPublication)).ToList());
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, IAuthorizationService authorization, PackService packs, CancellationToken ct)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var packId))
        {
            return Results.Problem($"A pack id is a whole number, such as 1; '{Shown(id)}' is not. GET /api/v1/packs lists them.", statusCode: StatusCodes.Status400BadRequest);
        }

        var status = await packs.StatusAsync(packId, ct);
        if (PackVisibility.Refusal(packId, status, await MayPresentAsync(user, authorization)) is not null)
        {
            return Results.Problem($"There is no published pack with the id {packId}. GET /api/v1/packs lists them.", statusCode: StatusCodes.Status404NotFound);
        }

        var content = await packs.GetContentAsync(packId, ct);
        return content is null
            ? Results.Problem($"There is no pack with the id {packId}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Json(content, PackJson.Options);
    }

    private static async Task<bool> MayPresentAsync(ClaimsPrincipal user, IAuthorizationService authorization) =>
        (await authorization.AuthorizeAsync(user, Policies.Present)).Succeeded;

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : AuditLog.Clean(text, 40);
}
