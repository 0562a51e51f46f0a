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
        // Every page names its own policy; this one reaches the circuit's hub too, which anonymous visitors of the public
        // scorecard need (and no one else without a reading role). Pages that allow anyone (sign-in, errors) still do.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization(Policies.Scorecard);
        return app;
    }
}
