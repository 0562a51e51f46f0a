using System.Globalization;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary><c>GET /admin/catalogue/files.zip</c>: the whole catalogue as a zip of its CSV files, for an Admin.</summary>
public static class CatalogueFilesEndpoints
{
    public const string ZipPath = "/admin/catalogue/files.zip";

    public static IEndpointRouteBuilder MapCatalogueFilesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ZipPath, DownloadAsync).RequireRateLimiting(RateLimits.Downloads)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Administer) { AuthenticationSchemes = AccessSetup.ApiScheme });
        return app;
    }

    private static async Task<IResult> DownloadAsync(CatalogueExport export, CancellationToken cancellationToken)
    {
        var name = $"catalogue-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip";
        return Results.File(await export.WriteZipAsync(cancellationToken), "application/zip", name);
    }
}
