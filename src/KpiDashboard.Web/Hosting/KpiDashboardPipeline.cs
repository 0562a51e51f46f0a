using KpiDashboard.Web.Components;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Admin;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Features.Exports;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.ReadApi;
using KpiDashboard.Web.Hosting.Proxy;

namespace KpiDashboard.Web.Hosting;

public static class KpiDashboardPipeline
{
    public static WebApplication UseKpiDashboard(this WebApplication app)
    {
        app.UseForwardedHeadersFromProxies();
        app.UseServerHardening();
        app.UseResponseCompression();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseApiErrorHandling();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapAccountEndpoints();
        app.MapReadApi();
        app.MapPackApi();
        app.MapImportEndpoints();
        app.MapAuditEndpoints();
        app.MapCatalogueFilesEndpoints();
        app.MapExports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
