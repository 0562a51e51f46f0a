using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.SpcSettings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.SpcSettings;

/// <summary>The SPC settings page over a real database: lists, validation messages, add and remove.</summary>
public sealed class SpcSettingsPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        this.SignInAs(TestUsers.For(Roles.Analyst), Roles.Analyst);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<SpcSettingsService>());
        Services.AddSingleton(_app.Get<CommentaryService>());
    }

    private IRenderedComponent<SpcSettingsPage> RenderLoaded()
    {
        var cut = Render<SpcSettingsPage>();
        cut.WaitForElement("[data-testid=recalculations-table]", Wait);
        return cut;
    }

    [Fact]
    public async Task Every_measure_is_listed_with_its_run_lengths_and_every_recalculation_point_with_its_reason()
    {
        var recalculations = await _app!.Get<SpcSettingsService>().RecalculationsAsync(Xunit.TestContext.Current.CancellationToken);
        var lengths = await _app.Get<SpcSettingsService>().RunLengthsAsync(Xunit.TestContext.Current.CancellationToken);

        var cut = RenderLoaded();

        var first = cut.FindAll("[data-testid=lengths-table] tbody tr")[0];
        Assert.Equal(lengths.Select(l => l.MetricName), cut.FindAll("[data-testid=lengths-table] tbody tr th").Select(c => c.TextContent));
        Assert.NotEmpty(recalculations);
        Assert.Equal(["6", "6"], first.QuerySelectorAll("td").Select(c => c.TextContent));
        var rows = cut.FindAll("[data-testid=recalculations-table] tbody tr");
        Assert.Equal(recalculations.Select(r => r.Reason), rows.Select(r => r.Children[3].TextContent));
        Assert.All(rows, r => Assert.StartsWith("Remove the recalculation of ", r.QuerySelector("button")!.GetAttribute("aria-label"), StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_recalculation_point_without_a_month_says_so_and_adds_nothing()
    {
        var cut = RenderLoaded();
        var before = cut.FindAll("[data-testid=recalculations-table] tbody tr").Count;

        cut.Find("[data-testid=recalculation-add]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Give the month from which the limits are recalculated.",
            cut.Find("[data-testid=recalculation-problem]").TextContent.Trim()), Wait);
        Assert.Equal(before, cut.FindAll("[data-testid=recalculations-table] tbody tr").Count);
    }

    [Fact]
    public void A_recalculation_point_is_added_from_the_form_and_removed_from_its_row()
    {
        var cut = RenderLoaded();
        var before = cut.FindAll("[data-testid=recalculations-table] tbody tr").Count;

        cut.Find("input[data-testid=recalculation-month], [data-testid=recalculation-month] input").Change("2020-01");
        cut.Find("input[data-testid=recalculation-reason], [data-testid=recalculation-reason] input").Change("New front door opened");
        cut.Find("[data-testid=recalculation-add]").Click();
        cut.WaitForAssertion(() => Assert.Equal(before + 1, cut.FindAll("[data-testid=recalculations-table] tbody tr").Count), Wait);
        var added = cut.FindAll("[data-testid=recalculations-table] tbody tr").Single(r => r.Children[3].TextContent == "New front door opened");
        Assert.Equal(("Every area", "Jan 2020"), (added.Children[1].TextContent, added.Children[2].TextContent));
        added.QuerySelector("button")!.Click();

        cut.WaitForAssertion(() => Assert.Equal(before, cut.FindAll("[data-testid=recalculations-table] tbody tr").Count), Wait);
    }

    [Fact]
    public void Saving_run_lengths_says_what_was_saved()
    {
        var cut = RenderLoaded();

        cut.Find("[data-testid=lengths-save]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("Saved: ", cut.Find("[data-testid=lengths-saved]").TextContent, StringComparison.Ordinal), Wait);
        Assert.EndsWith("now reads a shift as 6 points in a row and a trend as 6.", cut.Find("[data-testid=lengths-saved]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_shorter_than_12_months_is_named_under_the_last_month_and_nothing_is_saved()
    {
        var cut = RenderLoaded();
        cut.Find("#baseline-first").Change("2018-04");
        cut.Find("#baseline-last").Change("2018-12");

        cut.Find("[data-testid=baseline-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("#baseline-last").GetAttribute("aria-invalid")), Wait);
        Assert.Contains("baseline-last-error", cut.Find("#baseline-last").GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("A baseline needs at least 12 months for its limits to be trusted; Apr 2018 to Dec 2018 is 9.", cut.Find("#baseline-last-error").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=baselines-table] tbody tr"));
    }

    [Fact]
    public void A_baseline_is_saved_from_the_form_listed_and_removed()
    {
        var cut = RenderLoaded();
        cut.Find("#baseline-first").Change("2018-04");
        cut.Find("#baseline-last").Change("2019-03");

        cut.Find("[data-testid=baseline-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: limits fixed on Apr 2018 to Mar 2019.", cut.Find("[data-testid=baseline-saved]").TextContent.Trim()), Wait);
        var row = cut.Find("[data-testid=baselines-table] tbody tr");
        Assert.Equal(("Every area", "Apr 2018 to Mar 2019"), (row.Children[1].TextContent, row.Children[2].TextContent));
        row.QuerySelector("button")!.Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=baselines-table] tbody tr")), Wait);
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
