using Bunit;
using Bunit.TestDoubles;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Packs;

/// <summary>The pack builder rendered by bUnit over the real service and the seed's draft (pack 2, nine slides).</summary>
public sealed class PackBuilderPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private const int Draft = 2;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;
    private BunitAuthorizationContext? _authorization;

    private PackService Packs => _app!.Get<PackService>();

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's own calls, and focus
        var chart = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        chart.Mode = JSRuntimeMode.Strict;
        chart.SetupVoid("render", _ => true).SetVoidResult();
        chart.SetupVoid("destroy", _ => true).SetVoidResult();
        _authorization = this.SignInAs(TestUsers.For(Roles.Presenter), Roles.Presenter);
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<PackService>());
        Services.AddSingleton(_app.Get<PrerenderedViews>());
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<PackBuilderPage> RenderBuilder(int id = Draft)
    {
        var cut = Render<PackBuilderPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[data-testid=select-slide], [data-testid=published-read-only]").Count > 0), Wait);
        return cut;
    }

    private static List<string> Titles(IRenderedComponent<PackBuilderPage> cut) =>
        [.. cut.FindAll("[data-testid=select-slide]").Select(b => b.TextContent.Trim())];

    [Fact]
    public async Task Move_down_from_the_keyboard_reorders_the_slides_saves_the_order_and_announces_it()
    {
        var cut = RenderBuilder();
        var before = Titles(cut);

        cut.FindAll("[data-testid=move-down]")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([before[1], before[0], .. before.Skip(2)], Titles(cut)), Wait);
        cut.WaitForAssertion(() => Assert.Equal($"Slide {before[0]} moved from position 1 to 2 of 9.", cut.Find("[data-testid=order-announcement]").TextContent), Wait);
        Assert.Equal("status", cut.Find("[data-testid=order-announcement]").GetAttribute("role"));
        var saved = (await Packs.GetContentAsync(Draft, Ct))!.Slides.Select(s => s.Title);
        Assert.Equal(Titles(cut), saved);
    }

    [Fact]
    public void The_first_slide_cannot_move_up_nor_the_last_down_and_each_move_button_names_its_slide()
    {
        var cut = RenderBuilder();

        var up = cut.FindAll("[data-testid=move-up]");
        var down = cut.FindAll("[data-testid=move-down]");

        Assert.True(up[0].HasAttribute("disabled"));
        Assert.True(down[^1].HasAttribute("disabled"));
        Assert.False(up[1].HasAttribute("disabled"));
        Assert.Equal("Move up: slide 2, Since the last meeting", up[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void Dropping_a_dragged_slide_on_the_first_place_moves_it_there()
    {
        var cut = RenderBuilder();
        var before = Titles(cut);

        cut.FindAll("[data-testid=slide-list] > li")[8].TriggerEvent("ondragstart", new DragEventArgs());
        cut.WaitForElement("[data-testid=slide-list] > li.dragging", Wait);
        cut.FindAll("[data-testid=slide-list] > li")[0].TriggerEvent("ondrop", new DragEventArgs());

        cut.WaitForAssertion(() => Assert.Equal([before[8], .. before.Take(8)], Titles(cut)), Wait);
    }

    [Fact]
    public void A_text_slide_added_through_the_form_joins_the_end_and_is_previewed()
    {
        var cut = RenderBuilder();

        cut.Find("[data-testid=add-slide]").Click();
        cut.WaitForElement("[data-testid=slide-kind]", Wait).Change(nameof(PackSlideKind.Text));
        cut.Find("[data-testid=slide-title]").Change("Questions from members");
        cut.Find("[data-testid=slide-body]").Change("Recruitment.\n\nAccommodation for 16- and 17-year-olds.");
        cut.Find("[data-testid=slide-notes-input]").Change("Take questions in agenda order.");
        cut.Find("[data-testid=save-slide]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Questions from members", Titles(cut)[^1]), Wait);
        var preview = cut.Find("[data-testid=preview] [data-testid=pack-slide]");
        Assert.Equal("Questions from members", preview.QuerySelector("h3")!.TextContent);
        Assert.Equal(["Recruitment.", "Accommodation for 16- and 17-year-olds."], preview.QuerySelectorAll("[data-testid=slide-body] p").Select(p => p.TextContent));
        Assert.Equal("Speaker notes: Take questions in agenda order.", preview.QuerySelector("[data-testid=speaker-notes]")!.TextContent.Trim());
    }

    [Fact]
    public void A_chart_slide_without_a_measure_is_refused_with_a_sentence_in_the_form()
    {
        var cut = RenderBuilder();

        cut.Find("[data-testid=add-slide]").Click();
        cut.WaitForElement("[data-testid=save-slide]", Wait).Click();

        cut.WaitForAssertion(() => Assert.Equal("Choose a measure for the chart.", cut.Find("[data-testid=slide-problem]").TextContent.Trim()), Wait);
        Assert.Equal(9, Titles(cut).Count);
    }

    [Fact]
    public void Choosing_a_chart_slide_previews_it_with_its_chart_summary_and_table()
    {
        var cut = RenderBuilder();

        cut.FindAll("[data-testid=select-slide]")[3].Click();

        cut.WaitForAssertion(() => Assert.Equal("Case audits graded inadequate (%): North East, Aug 2019 to Jul 2020",
            cut.Find("[data-testid=preview] [data-testid=pack-slide] h3").TextContent), Wait);
        var preview = cut.Find("[data-testid=preview] [data-testid=pack-slide]");
        Assert.NotNull(preview.QuerySelector("canvas[role=img]"));
        Assert.StartsWith("Case audits graded inadequate (%) in North East", preview.QuerySelector("[data-testid=slide-summary]")!.TextContent);
        preview.QuerySelector("[data-testid=toggle-table]")!.Click();
        Assert.Equal(12, cut.Find("[data-testid=preview] [data-testid=chart-table] tbody").Children.Length);
    }

    [Fact]
    public async Task A_presenter_who_lost_the_role_while_the_builder_was_open_cannot_move_a_slide()
    {
        var cut = RenderBuilder();
        var before = Titles(cut);

        _authorization!.HoldRoles(Roles.Viewer);
        cut.FindAll("[data-testid=move-down]")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal("Your account cannot do this: it needs the Presenter or Admin role. Nothing was changed.",
            cut.Find("[data-testid=pack-problem]").TextContent.Trim()), Wait);
        Assert.Equal(before, (await Packs.GetContentAsync(Draft, Ct))!.Slides.Select(s => s.Title));
    }

    [Fact]
    public void A_published_pack_opens_read_only_with_the_way_to_roll_it_forward()
    {
        var cut = RenderBuilder(id: 1);

        Assert.Contains("no longer changes", cut.Find("[data-testid=published-read-only]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=move-up]"));
        Assert.NotNull(cut.Find("[data-testid=roll-forward]"));
    }

    [Fact]
    public async Task Ticking_for_publication_marks_the_draft_and_labels_it_with_the_checkbox_named_and_explained()
    {
        var cut = RenderBuilder();
        var box = cut.Find("[data-testid=for-publication]");
        Assert.False(box.HasAttribute("checked"));
        Assert.StartsWith("For publication (committee papers): small numbers about children are shown as c", box.ParentElement!.TextContent.Trim());
        Assert.Contains("from 1 to 5 as c", cut.Find($"#{box.GetAttribute("aria-describedby")}").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=for-publication-label]"));

        cut.Find("[data-testid=for-publication]").Change(true);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=for-publication-label]")), Wait);
        Assert.True(cut.Find("[data-testid=for-publication]").HasAttribute("checked"));
        Assert.True((await Packs.GetOutlineAsync(Draft, Ct))!.ForPublication);
        Assert.True((await Packs.GetContentAsync(Draft, Ct))!.ForPublication);
    }
}
