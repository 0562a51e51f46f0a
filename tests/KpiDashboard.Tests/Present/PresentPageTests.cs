using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Present;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Present;

/// <summary>Presentation mode rendered by bUnit, statically as the app renders it, over the seeded packs in a real database.</summary>
public sealed class PresentPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private TestApp? _app;
    private Bunit.TestDoubles.BunitAuthorizationContext? _user;

    private PackService Packs => _app!.Get<PackService>();

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(Packs);
        _user = this.SignInAs(TestUsers.For(Roles.Viewer), Roles.Viewer);
        // bUnit runs after-render hooks even for a static render, which the app never does (no circuit, no JS interop
        // from the server): KpiChart's module is set up only for that; the page's own module draws the charts.
        var chart = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        chart.SetupVoid("render", _ => true).SetVoidResult();
        chart.SetupVoid("destroy", _ => true).SetVoidResult();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    private async Task<PackSummary> PackAsync(PackStatus status) =>
        (await Packs.ListAsync(includeDrafts: true, Xunit.TestContext.Current.CancellationToken)).First(p => p.Status == status);

    private IRenderedComponent<PresentPage> RenderPack(int id)
    {
        var cut = Render<PresentPage>(p => p.Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-present], [data-testid=not-found]")), TimeSpan.FromSeconds(15));
        return cut;
    }

    [Fact]
    public async Task Every_slide_is_in_the_page_with_only_the_first_shown_and_the_counter_set()
    {
        var pack = await PackAsync(PackStatus.Published);
        var content = (await Packs.GetContentAsync(pack.Id, Xunit.TestContext.Current.CancellationToken))!;

        var cut = RenderPack(pack.Id);

        var slides = cut.FindAll("[data-testid=present-slide]");
        Assert.Equal(content.Slides.Select(s => s.Title), slides.Select(s => s.QuerySelector("h1")!.TextContent));
        Assert.Equal([false, .. Enumerable.Repeat(true, slides.Count - 1)], slides.Select(s => s.HasAttribute("hidden")));
        Assert.Equal(Enumerable.Range(1, slides.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), slides.Select(s => s.GetAttribute("data-slide")));
        Assert.Equal($"1 / {content.Slides.Count}", cut.Find("[data-testid=present-counter]").TextContent);
        Assert.Equal("polite", cut.Find("[data-testid=present-announcer]").GetAttribute("aria-live"));
        Assert.Equal($"/packs/{pack.Id}", cut.Find("[data-present]").GetAttribute("data-back"));
    }

    [Fact]
    public async Task Each_chart_carries_its_projected_config_for_the_browser_to_draw_and_its_summary_as_text_alternative()
    {
        var pack = await PackAsync(PackStatus.Published);
        var content = (await Packs.GetContentAsync(pack.Id, Xunit.TestContext.Current.CancellationToken))!;

        var cut = RenderPack(pack.Id);

        var charted = content.Slides.Where(s => s.Chart is not null).ToList();
        Assert.NotEmpty(charted);
        var configs = cut.FindAll("script[data-chart-config]");
        Assert.Equal(charted.Select(s => ChartJson.Serialize(ProjectedChart.For(s.Chart!))), configs.Select(c => c.TextContent));
        Assert.Equal(charted.Select(s => s.SummarySentence), cut.FindAll("canvas[role=img]").Select(c => c.GetAttribute("aria-label")));
        Assert.All(configs, c => Assert.Equal("application/json", c.GetAttribute("type")));
    }

    [Fact]
    public async Task A_draft_without_slides_says_there_is_nothing_to_present()
    {
        _user!.HoldRoles(Roles.Presenter);
        var made = await Packs.CreateAsync("Corporate Parenting Board, 5 October 2020", new DateOnly(2020, 10, 5), new DateOnly(2020, 8, 1),
            TestUsers.Analyst, Xunit.TestContext.Current.CancellationToken);

        var cut = Render<PresentPage>(p => p.Add(c => c.Id, made.Id!.Value));

        cut.WaitForAssertion(() => Assert.StartsWith("This pack has no slides yet", cut.Find("[data-testid=no-slides]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        Assert.Empty(cut.FindAll("[data-present]"));
    }

    [Fact]
    public async Task A_viewer_is_told_a_draft_is_not_there_and_a_presenter_sees_it()
    {
        var draft = await PackAsync(PackStatus.Draft);

        var refused = RenderPack(draft.Id);
        Assert.Contains($"There is no published pack {draft.Id}: drafts are open to Presenters and Admins only.", refused.Find("[data-testid=not-found]").TextContent, StringComparison.Ordinal);
        Assert.Empty(refused.FindAll("[data-testid=present-slide]"));

        _user!.HoldRoles(Roles.Presenter);
        var shown = RenderPack(draft.Id);
        Assert.NotEmpty(shown.FindAll("[data-testid=present-slide]"));
    }
}
