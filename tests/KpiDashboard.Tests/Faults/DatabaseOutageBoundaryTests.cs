using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Faults;
using KpiDashboard.Web.Features.Overview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Faults;

/// <summary>The overview inside the layout's outage boundary, live (interactive), over a database that is stopped and started again.</summary>
public sealed class DatabaseOutageBoundaryTests(StoppablePostgres postgres) : BunitContext, IClassFixture<StoppablePostgres>, IAsyncLifetime
{
    private static readonly TimeSpan BackWithin = RetryDelays.Longest + TimeSpan.FromSeconds(10);
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(postgres.ConnectionString);
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<OverviewQuery>());
        Services.AddSingleton(_app.Get<KpiDashboard.Web.Components.PrerenderedViews>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task A_page_opened_while_the_database_is_down_shows_the_sentence_and_its_figures_once_the_database_is_back()
    {
        await postgres.StopAsync();
        IRenderedComponent<DatabaseOutageBoundary> cut;
        try
        {
            cut = Render<DatabaseOutageBoundary>(p => p.AddChildContent<Web.Features.Overview.Overview>());

            cut.WaitForAssertion(() => Assert.Equal(DatabaseOutage.Sentence, cut.Find("[role=status][aria-live=polite]").TextContent.Trim()), TimeSpan.FromSeconds(10));
            Assert.Empty(cut.FindAll("[data-testid=area-select]"));
        }
        finally
        {
            await postgres.StartAsync();
        }

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=area-select]")), BackWithin);
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("[data-testid=database-outage]").TextContent.Trim()), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_page_showing_figures_when_the_database_stops_is_read_again_after_a_navigation_once_it_is_back()
    {
        var cut = Render<DatabaseOutageBoundary>(p => p.AddChildContent<Web.Features.Overview.Overview>());
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=area-select]")), TimeSpan.FromSeconds(15));

        await postgres.StopAsync();
        try
        {
            // A new choice in the address reads the database again, as choosing another area does.
            await cut.InvokeAsync(() => Services.GetRequiredService<NavigationManager>().NavigateTo("/?area=NE"));

            cut.WaitForAssertion(() => Assert.Contains(DatabaseOutage.Sentence, cut.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        }
        finally
        {
            await postgres.StartAsync();
        }

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=area-select]")), BackWithin);
        cut.WaitForAssertion(() => Assert.DoesNotContain(DatabaseOutage.Sentence, cut.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
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
