using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Places;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Catalogue.Places;

/// <summary>The areas page over a real database: each refusal under its field and linked to it, an area added and changed.</summary>
public sealed class AreasPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        this.SignInAs(TestUsers.For(Roles.Admin), Roles.Admin);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<AreaService>());
    }

    private IRenderedComponent<AreasPage> RenderLoaded()
    {
        var cut = Render<AreasPage>();
        cut.WaitForElement("[data-testid=areas]", Wait);
        return cut;
    }

    private static void Type(IRenderedComponent<AreasPage> cut, string field, string text) => cut.Find($"#add-{field}").Change(text);

    /// <summary>The error text linked to the field's input by aria-describedby.</summary>
    private static string LinkedError(IRenderedComponent<AreasPage> cut, string inputId)
    {
        var input = cut.Find($"#{inputId}");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var described = (input.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", described.Select(id => (cut.FindAll($"[id='{id}']") is { Count: > 0 } found ? found[0].TextContent.Trim() : null)).Where(t => !string.IsNullOrEmpty(t)));
    }

    [Fact]
    public void The_page_lists_the_seeded_areas_under_one_h1_and_an_h2_form()
    {
        var cut = RenderLoaded();

        Assert.Equal(["SCC", "NE", "NW", "SE", "SW"], cut.FindAll("[data-testid=areas] tbody th").Select(c => c.TextContent));
        Assert.Single(cut.FindAll("h1"));
        Assert.Equal("Add an area", cut.Find("h2#add-heading").TextContent.Trim());
    }

    [Fact]
    public void An_empty_form_names_the_code_and_the_name_under_their_fields_and_adds_nothing()
    {
        var cut = RenderLoaded();

        cut.Find("[data-testid=add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("An area needs a code, such as NE.", LinkedError(cut, "add-code"), StringComparison.Ordinal), Wait);
        Assert.Contains("An area needs a name, such as North East.", LinkedError(cut, "add-name"), StringComparison.Ordinal);
        Assert.Equal("Nothing was saved: see the fields marked below.", cut.Find("[data-testid=areas-message]").TextContent.Trim());
        Assert.Equal(5, cut.FindAll("[data-testid=areas] tbody tr").Count);
    }

    [Fact]
    public void A_code_in_use_is_named_under_the_code_field_only()
    {
        var cut = RenderLoaded();
        Type(cut, "code", "NE");
        Type(cut, "name", "Central");

        cut.Find("[data-testid=add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("The code NE is already used by North East.", LinkedError(cut, "add-code"), StringComparison.Ordinal), Wait);
        Assert.NotEqual("true", cut.Find("#add-name").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_locality_offered_the_authority_as_its_parent_is_refused_under_the_parent_field()
    {
        var cut = RenderLoaded();
        Type(cut, "code", "WOK");
        Type(cut, "name", "Woking");
        var kind = cut.FindComponents<MudBlazor.MudSelect<KpiDashboard.Web.Data.AreaKind>>()[0].Instance;
        cut.InvokeAsync(() => kind.ValueChanged.InvokeAsync(KpiDashboard.Web.Data.AreaKind.Locality));

        cut.Find("[data-testid=add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("A locality's parent must be a quadrant; Surrey (SCC) is an authority.", LinkedError(cut, "add-parent"), StringComparison.Ordinal), Wait);
        Assert.NotEqual("true", cut.Find("#add-code").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void An_area_is_added_from_the_form_and_listed()
    {
        var cut = RenderLoaded();
        Type(cut, "code", "CEN");
        Type(cut, "name", "Central");

        cut.Find("[data-testid=add-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Added Central (CEN).", cut.Find("[data-testid=areas-message]").TextContent.Trim()), Wait);
        Assert.Contains("CEN", cut.FindAll("[data-testid=areas] tbody th").Select(c => c.TextContent));
    }

    [Fact]
    public void Changing_an_area_with_figures_shows_its_code_fixed_and_saves_a_new_name()
    {
        var cut = RenderLoaded();
        cut.Find("tr[data-area=NE] button").Click();

        cut.WaitForAssertion(() => Assert.Equal("Change North East (NE)", cut.Find("h2#change-heading").TextContent.Trim()), Wait);
        Assert.True(cut.Find("#change-code").HasAttribute("disabled"));
        cut.Find("#change-name").Change("North Eastern");
        cut.Find("[data-testid=change-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("North Eastern", cut.Find("tr[data-area=NE] td").TextContent), Wait);
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
