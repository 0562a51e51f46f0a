using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Overview;

/// <summary>The overview page rendered by bUnit over the real query and a real database.</summary>
public sealed class OverviewPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        // Signed in, so the figures are the internal audience's (the public's are in Publication/PublicPagesTests).
        this.SignInAs(TestUsers.For(Roles.Viewer), Roles.Viewer);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<OverviewQuery>());
        Services.AddSingleton(_app.Get<KpiDashboard.Web.Components.PrerenderedViews>());
        // The pages ask whether they render interactively (they keep prerendered data only when not); in the app they do.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<Web.Features.Overview.Overview> RenderAt(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = Render<Web.Features.Overview.Overview>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".kpi-tile")), TimeSpan.FromSeconds(15));
        return cut;
    }

    [Fact]
    public void The_area_and_month_in_the_address_choose_the_figures()
    {
        var cut = RenderAt("/?area=NE&month=2020-06");

        Assert.Equal("North East: Jun 2020", cut.Find("h1").TextContent);
        Assert.Equal("29.2%", cut.Find("[data-metric=audits-inadequate-pct] [data-testid=value]").TextContent);
        Assert.Equal("7 FTE", cut.Find("[data-metric=vacancies-fte] [data-testid=value]").TextContent);
    }

    [Fact]
    public void Choosing_another_area_draws_the_page_once_with_its_figures_and_not_again_with_the_old_ones()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?area=NE&month=2020-06");
        var cut = Render<CountedOverview>();
        cut.WaitForAssertion(() => Assert.Equal("North East: Jun 2020", cut.Find("h1").TextContent), TimeSpan.FromSeconds(15));
        var renders = cut.Instance.Renders;

        Services.GetRequiredService<NavigationManager>().NavigateTo("/?area=NW&month=2020-06");

        cut.WaitForAssertion(() => Assert.Equal("North West: Jun 2020", cut.Find("h1").TextContent), TimeSpan.FromSeconds(15));
        Assert.Equal(renders + 1, cut.Instance.Renders);
    }

    /// <summary>The overview, counting its own renders (bUnit's count includes its children's).</summary>
    private sealed class CountedOverview : Web.Features.Overview.Overview
    {
        public int Renders { get; private set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder __builder)
        {
            Renders++;
            base.BuildRenderTree(__builder);
        }
    }

    [Fact]
    public void Without_a_month_the_latest_month_with_data_is_shown()
    {
        var cut = RenderAt("/");

        Assert.Equal("Surrey: Mar 2021", cut.Find("h1").TextContent);
    }

    [Fact]
    public void Tiles_are_grouped_under_one_heading_per_theme_in_catalogue_order()
    {
        var cut = RenderAt("/?area=SCC&month=2020-06");

        Assert.Equal(
            ["Quality of practice", "Missing children", "Demand and child protection", "Adolescents and care leavers", "Workforce", "Feedback"],
            cut.FindAll("h2").Select(h => h.TextContent));
        Assert.Equal(25, cut.FindAll(".kpi-tile").Count);
    }

    [Fact]
    public void A_quadrant_has_no_data_for_an_authority_wide_measure()
    {
        var cut = RenderAt("/?area=NE&month=2020-06");

        Assert.Equal("NoData", cut.Find("[data-metric=management-oversight-agreement]").GetAttribute("data-rag"));
    }

    [Fact]
    public async Task An_area_with_no_figures_says_so()
    {
        await using (var db = await _app!.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken))
        {
            await db.Observations.Where(o => db.Areas.Any(a => a.Id == o.AreaId && a.Code == "SW")).ExecuteDeleteAsync(Xunit.TestContext.Current.CancellationToken);
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("/?area=SW");
        var cut = Render<Web.Features.Overview.Overview>();

        cut.WaitForAssertion(() => Assert.Contains("There are no figures for South West yet", cut.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
