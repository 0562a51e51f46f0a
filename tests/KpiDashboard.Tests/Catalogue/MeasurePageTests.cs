using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Catalogue.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Catalogue;

/// <summary>The measure page's forms over a real database: their validation states, errors linked to fields and focus.</summary>
public sealed class MeasurePageTests(PostgresServer server) : BunitContext, IAsyncLifetime
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
        Services.AddSingleton(_app.Get<MeasureCatalogue>());
    }

    private IRenderedComponent<MeasurePage> RenderLoaded(string? code = null)
    {
        var cut = Render<MeasurePage>(p => p.Add(x => x.Code, code));
        cut.WaitForElement("[data-testid=measure-form]", Wait);
        return cut;
    }

    private string FocusedId(IRenderedComponent<MeasurePage> cut)
    {
        // Focus moves after the render that shows the problems.
        cut.WaitForAssertion(() => JSInterop.VerifyFocusAsyncInvoke(), Wait);
        var focused = (ElementReference)JSInterop.VerifyFocusAsyncInvoke().Arguments[0]!;
        return cut.FindComponents<CatalogueField>().Where(f => f.Instance.Element.Id == focused.Id).Select(f => f.Instance.Id)
            .Concat(cut.FindComponents<CatalogueSelect>().Where(f => f.Instance.Element.Id == focused.Id).Select(f => f.Instance.Id))
            .Concat(cut.FindComponents<MeasureForm>().Where(f => f.Instance.PartsElement.Id == focused.Id).Select(_ => "measure-part"))
            .Single();
    }

    private static void Fill(IRenderedComponent<MeasurePage> cut, string id, string value) => cut.Find($"#{id}").Change(value);

    [Fact]
    public void An_empty_new_measure_names_each_missing_field_beside_it_and_focuses_the_first()
    {
        var cut = RenderLoaded();

        cut.Find("[data-testid=measure-save]").Click();

        cut.WaitForElement("[data-testid=measure-problems]", Wait);
        Assert.Equal(
            ["A measure needs a code, such as audits-inadequate.", "A measure needs a name.", "A measure needs a theme.", "A measure needs a definition."],
            cut.FindAll("[data-testid=measure-problems] li a").Select(a => a.TextContent));
        Assert.EndsWith("#measure-code", cut.Find("[data-testid=measure-problems] li a").GetAttribute("href"), StringComparison.Ordinal);
        var code = cut.Find("#measure-code");
        Assert.Equal(("true", "measure-code-hint measure-code-error"), (code.GetAttribute("aria-invalid"), code.GetAttribute("aria-describedby")));
        Assert.Equal("Error: A measure needs a name.", cut.Find("#measure-name-error").TextContent);
        Assert.Equal("measure-code", FocusedId(cut));
    }

    [Fact]
    public async Task Decimals_out_of_range_and_a_lag_that_is_not_a_number_are_named_and_nothing_is_added()
    {
        var cut = RenderLoaded();
        Fill(cut, "measure-code", "visits-late");
        Fill(cut, "measure-name", "Visits late");
        Fill(cut, "measure-theme", "Quality of practice");
        Fill(cut, "measure-definition", "Visits made after the date they were due.");
        Fill(cut, "measure-reporting_lag_months", "soon");

        cut.Find("[data-testid=measure-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Error: The reporting lag must be a whole number, such as 1.", cut.Find("#measure-reporting_lag_months-error").TextContent), Wait);
        Fill(cut, "measure-reporting_lag_months", "1");
        Fill(cut, "measure-decimals", "5");
        cut.Find("[data-testid=measure-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Error: Decimals are from 0 to 3; 5 is not allowed.", cut.Find("#measure-decimals-error").TextContent), Wait);
        Assert.Empty(cut.FindAll("#measure-reporting_lag_months-error"));
        Assert.Null(await _app!.Get<MeasureCatalogue>().LoadAsync("visits-late", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_share_without_a_numerator_points_at_its_parts()
    {
        var cut = RenderLoaded();
        Fill(cut, "measure-code", "audits-outstanding-pct");
        Fill(cut, "measure-name", "Audits graded outstanding");
        Fill(cut, "measure-theme", "Quality of practice");
        Fill(cut, "measure-definition", "The share of audited case files graded outstanding.");
        Fill(cut, "measure-unit", "Percent");
        Fill(cut, "measure-rollup", "Share");
        cut.WaitForElement("[data-testid=parts]", Wait);
        cut.Find("[data-testid=part-audits-outstanding-denominator]").Change(true);
        cut.Find("[data-testid=part-audits-good-denominator]").Change(true);

        cut.Find("[data-testid=measure-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("A share needs at least one numerator, and each numerator must be one of its group's counts.",
            cut.Find("[data-testid=measure-part-error]").TextContent), Wait);
        Assert.Equal("measure-part-hint measure-part-error", cut.Find("#measure-part").GetAttribute("aria-describedby"));
        Assert.Equal("measure-part", FocusedId(cut));
    }

    [Fact]
    public void A_complete_new_measure_is_added_and_the_page_moves_to_it()
    {
        var cut = RenderLoaded();
        Fill(cut, "measure-code", "visits-late");
        Fill(cut, "measure-name", "Visits late");
        Fill(cut, "measure-theme", "Quality of practice");
        Fill(cut, "measure-definition", "Visits made after the date they were due.");

        cut.Find("[data-testid=measure-save]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/admin/catalogue/measures/visits-late", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), Wait);
        Assert.Contains("Added Visits late (visits-late).", cut.Find("[data-testid=measure-message]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_measure_can_be_placed_before_another_on_the_overview()
    {
        var cut = RenderLoaded();
        Fill(cut, "measure-position", "referrals");
        Fill(cut, "measure-code", "visits-late");
        Fill(cut, "measure-name", "Visits late");
        Fill(cut, "measure-theme", "Quality of practice");
        Fill(cut, "measure-definition", "Visits made after the date they were due.");

        cut.Find("[data-testid=measure-save]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/admin/catalogue/measures/visits-late", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), Wait);
        var codes = (await _app!.Get<MeasureCatalogue>().ListAsync(Xunit.TestContext.Current.CancellationToken)).Select(m => m.Code).ToList();
        Assert.Equal(codes.IndexOf("referrals") - 1, codes.IndexOf("visits-late"));
    }

    [Fact]
    public void The_code_of_a_measure_with_figures_is_read_only_and_says_why()
    {
        var cut = RenderLoaded("audits-inadequate");

        var code = cut.Find("#measure-code");
        Assert.True(code.HasAttribute("readonly"));
        Assert.Equal("The code is fixed: figures have been imported under it.", cut.Find("#measure-code-hint").TextContent);
        Assert.Equal("measure-code-hint", code.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void A_target_without_a_month_and_with_green_beyond_red_is_refused_beside_each_field()
    {
        var cut = RenderLoaded("audits-inadequate-pct");
        Fill(cut, "target-green", "30");
        Fill(cut, "target-red", "20");

        cut.Find("[data-testid=target-save]").Click();

        cut.WaitForElement("[data-testid=target-problems]", Wait);
        Assert.Equal("Error: A target needs a month it applies from.", cut.Find("#target-effective_from-error").TextContent);
        Assert.Equal("Error: Lower is better for this measure, so green (30) must be at or below red (20).", cut.Find("#target-red-error").TextContent);
        Assert.Equal("target-effective_from-error", cut.Find("#target-effective_from").GetAttribute("aria-describedby"));
        Assert.Equal("target-effective_from", FocusedId(cut));
    }

    [Fact]
    public void A_threshold_that_is_not_a_number_is_named_and_nothing_is_saved()
    {
        var cut = RenderLoaded("audits-inadequate-pct");
        var before = cut.FindAll("[data-testid=targets] tbody tr").Count;
        Fill(cut, "target-effective_from", "2021-04");
        Fill(cut, "target-green", "eight");
        Fill(cut, "target-red", "18");

        cut.Find("[data-testid=target-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Error: Green must be a number, such as 8 or 12.5; 'eight' is not.", cut.Find("#target-green-error").TextContent), Wait);
        Assert.Equal(before, cut.FindAll("[data-testid=targets] tbody tr").Count);
        Assert.Equal("target-green", FocusedId(cut));
    }

    [Fact]
    public void A_target_added_in_the_form_joins_the_list()
    {
        var cut = RenderLoaded("audits-inadequate-pct");
        var before = cut.FindAll("[data-testid=targets] tbody tr").Count;
        Fill(cut, "target-effective_from", "2021-04");
        Fill(cut, "target-target", "8");
        Fill(cut, "target-green", "8");
        Fill(cut, "target-red", "18");

        cut.Find("[data-testid=target-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal(before + 1, cut.FindAll("[data-testid=targets] tbody tr").Count), Wait);
        Assert.Equal(["2021-04", "Every area", "8", "8", "18"], cut.FindAll("[data-testid=targets] tbody tr")[^1].Children.Take(5).Select(c => c.TextContent));
        Assert.Empty(cut.FindAll("#target-effective_from-error"));
    }

    [Fact]
    public void Retiring_asks_first_and_then_says_when()
    {
        var cut = RenderLoaded("complaints");

        cut.Find("[data-testid=retire]").Click();
        cut.WaitForElement("#retire-confirm-text", Wait);
        Assert.Contains("It will leave the overview.", cut.Find("#retire-confirm-text").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=retire-confirm]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Retired on ", cut.Find("[data-testid=retired-on]").TextContent, StringComparison.Ordinal), Wait);
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
