using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Places;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Catalogue.Places;

/// <summary>The comparators page over a real database: a refusal linked to its field, a comparator added and renamed.</summary>
public sealed class ComparatorsPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
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
        Services.AddSingleton(_app.Get<ComparatorService>());
    }

    private IRenderedComponent<ComparatorsPage> RenderLoaded()
    {
        var cut = Render<ComparatorsPage>();
        cut.WaitForElement("[data-testid=comparators]", Wait);
        return cut;
    }

    [Fact]
    public void A_code_that_is_not_kebab_case_is_named_under_the_code_field_and_nothing_is_added()
    {
        var cut = RenderLoaded();
        cut.Find("#comparator-code").Change("London Boroughs");
        cut.Find("#comparator-name").Change("London boroughs");

        cut.Find("[data-testid=comparator-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("#comparator-code").GetAttribute("aria-invalid")), Wait);
        var describedBy = cut.Find("#comparator-code").GetAttribute("aria-describedby") ?? "";
        Assert.Contains("comparator-code-error", describedBy, StringComparison.Ordinal);
        Assert.Contains("'London Boroughs' is not.", cut.Find("#comparator-code-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("[data-testid=comparators] tbody tr").Count);
    }

    [Fact]
    public void A_comparator_is_added_then_renamed_with_its_code_fixed_once_benchmarks_use_it()
    {
        var cut = RenderLoaded();
        cut.Find("#comparator-code").Change("london");
        cut.Find("#comparator-name").Change("London");
        cut.Find("[data-testid=comparator-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Saved London (london).", cut.Find("[data-testid=comparators-message]").TextContent.Trim()), Wait);

        cut.Find("tr[data-comparator=england] button").Click();
        // The click reads whether benchmarks use the code before the form shows it fixed.
        cut.WaitForAssertion(() => Assert.True(cut.Find("#comparator-code").HasAttribute("disabled")), Wait);
        cut.Find("#comparator-name").Change("England (all LAs)");
        cut.Find("[data-testid=comparator-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("England (all LAs)", cut.Find("tr[data-comparator=england] td").TextContent), Wait);
        Assert.Equal(4, cut.FindAll("[data-testid=comparators] tbody tr").Count);
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
