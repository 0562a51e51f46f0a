using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Faults;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Present;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Present;

/// <summary>Presentation mode asked for while the database is down: a static page has no circuit to retry in, so it says so and offers the address again.</summary>
public sealed class PresentPageOutageTests(StoppablePostgres postgres) : BunitContext, IClassFixture<StoppablePostgres>, IAsyncLifetime
{
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        _app = TestApp.Build(postgres.ConnectionString);
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<PackService>());
        this.SignInAs(TestUsers.For(Roles.Viewer), Roles.Viewer);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public async Task The_page_says_the_database_did_not_answer_and_links_to_try_again()
    {
        await postgres.StopAsync();
        try
        {
            var cut = Render<PresentPage>(p => p.Add(c => c.Id, 1));

            cut.WaitForAssertion(() => Assert.StartsWith(DatabaseOutage.Sentence, cut.Find("[data-testid=database-outage]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
            Assert.Equal("/present/1", cut.Find("[data-testid=database-outage] a").GetAttribute("href"));
            Assert.Empty(cut.FindAll("[data-present]"));
        }
        finally
        {
            await postgres.StartAsync();
        }
    }
}
