using System.Text.Json;
using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.Metrics;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Metrics;

/// <summary>The KPI detail page rendered by bUnit over the real query and a seeded database; the chart module is a strict mock.</summary>
public sealed class MetricDetailPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private TestApp? _app;
    private BunitJSModuleInterop _module = default!;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        // Signed in, so the figures are the internal audience's (the public's are in Publication/PublicPagesTests).
        this.SignInAs(TestUsers.For(Roles.Viewer), Roles.Viewer);
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's own calls
        _module = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        _module.Mode = JSRuntimeMode.Strict;
        _module.SetupVoid("render", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<MetricDetailQuery>());
        Services.AddSingleton(_app.Get<KpiDashboard.Web.Components.PrerenderedViews>());
        // The pages ask whether they render interactively (they keep prerendered data only when not); in the app they do.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<MetricDetail> RenderAt(string uri, int panels)
    {
        var code = new Uri("http://x" + uri).AbsolutePath.Split('/')[^1];
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = Render<MetricDetail>(p => p.Add(d => d.Code, code));
        cut.WaitForAssertion(() => Assert.Equal(panels, cut.FindAll("[data-chart-panel]").Count), TimeSpan.FromSeconds(15));
        return cut;
    }

    private JsonElement RenderedConfig(int call) =>
        JsonDocument.Parse((string)_module.Invocations["render"][call].Arguments[1]!).RootElement;

    [Fact]
    public void An_audit_measure_shows_trend_comparison_and_audit_grade_charts_for_24_months_by_default()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=NE&month=2020-06", panels: 3);

        Assert.Equal("Case audits graded inadequate (%)", cut.Find("h1").TextContent);
        Assert.Equal(["trend", "comparison", "audit-grades"], cut.FindAll("[data-chart-panel]").Select(p => p.GetAttribute("data-chart-panel")));
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 3));
        var trend = RenderedConfig(0);
        var labels = trend.GetProperty("data").GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal((24, "Jul 2018", "Jun 2020"), (labels.Count, labels[0], labels[^1]));
        Assert.Equal(29.2m, trend.GetProperty("data").GetProperty("datasets")[0].GetProperty("data")[23].GetDecimal());
        Assert.Equal("percent", trend.GetProperty("unit").GetString());
        Assert.Equal("bar", RenderedConfig(2).GetProperty("type").GetString());
    }

    [Fact]
    public void The_page_says_what_the_measure_is_and_how_it_is_judged()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=NE&month=2020-06", panels: 3);

        Assert.Equal("Of the case files audited in the month, the percentage whose overall grade was inadequate.", cut.Find("[data-testid=definition]").TextContent);
        Assert.Equal("Lower is better", cut.Find("[data-testid=polarity]").TextContent);
        Assert.Equal("10% for North East in Jun 2020.", cut.Find("[data-testid=target]").TextContent);
        Assert.Equal("On target at 10% or less; off target above 20%; near target in between.", cut.Find("[data-testid=thresholds]").TextContent);
    }

    [Fact]
    public void Each_chart_has_a_generated_summary_and_the_trend_lists_the_events_for_its_area()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=NE&month=2020-06", panels: 3);

        Assert.Equal(
            "Case audits graded inadequate (%) in North East fell from 30% to 29.2% between Jul 2018 and Jun 2020; target 10%.",
            cut.Find("[data-chart-panel=trend] [data-testid=chart-summary]").TextContent);
        Assert.Contains("1 Jun 2020, New assistant director starts in the North East quadrant.", cut.Find("[data-chart-panel=trend] [data-testid=chart-notes]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_quadrants_event_is_not_marked_on_this_quadrants_trend()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=SE&month=2020-06", panels: 3);

        Assert.DoesNotContain("North East quadrant", cut.Find("[data-chart-panel=trend] [data-testid=chart-notes]").TextContent, StringComparison.Ordinal);
        Assert.Contains("First national lockdown", cut.Find("[data-chart-panel=trend] [data-testid=chart-notes]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workforce_measure_adds_the_appointments_and_vacancies_chart_and_no_audit_chart()
    {
        var cut = RenderAt("/kpi/vacancies-fte?area=SCC&month=2020-06&range=12", panels: 3);

        Assert.Equal(["trend", "comparison", "workforce"], cut.FindAll("[data-chart-panel]").Select(p => p.GetAttribute("data-chart-panel")));
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 3));
        Assert.Equal(12, RenderedConfig(0).GetProperty("data").GetProperty("labels").GetArrayLength());
        Assert.Equal("fte", RenderedConfig(2).GetProperty("data").GetProperty("datasets")[1].GetProperty("unit").GetString());
    }

    [Fact]
    public void Show_as_table_reveals_a_table_with_a_caption_and_header_cells()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=NE&month=2020-06&range=6", panels: 3);

        cut.Find("[data-chart-panel=trend] [data-testid=toggle-table]").Click();

        var table = cut.WaitForElement("[data-chart-panel=trend] table", TimeSpan.FromSeconds(5));
        Assert.Equal("Case audits graded inadequate (%): North East, Jan 2020 to Jun 2020", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(7, table.QuerySelectorAll("th[scope=col]").Length);
        Assert.Equal(["Jan 2020", "Feb 2020", "Mar 2020", "Apr 2020", "May 2020", "Jun 2020"], table.QuerySelectorAll("th[scope=row]").Select(th => th.TextContent));
        Assert.Equal("true", cut.Find("[data-chart-panel=trend] [data-testid=toggle-table]").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void A_quadrant_without_figures_for_an_authority_wide_measure_says_so_instead_of_drawing_an_empty_trend()
    {
        var cut = RenderAt("/kpi/management-oversight-agreement?area=NE&month=2020-06", panels: 2);

        Assert.Equal("No figures for this period.", cut.Find("[data-chart-panel=trend] [data-testid=chart-empty]").TextContent.Trim());
        Assert.Equal("No figures for North East between Jul 2018 and Jun 2020.", cut.Find("[data-chart-panel=trend] [data-testid=chart-summary]").TextContent);
        Assert.Equal("Only Surrey has figures for this measure; it was 91% in Jun 2020.", cut.Find("[data-chart-panel=comparison] [data-testid=chart-summary]").TextContent);
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 1));
    }

    [Fact]
    public async Task A_measure_with_no_figures_at_all_draws_nothing_and_says_so()
    {
        await using (var db = await _app!.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken))
        {
            await db.Observations.Where(o => db.Metrics.Any(m => m.Id == o.MetricId && m.Code == "complaints")).ExecuteDeleteAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var cut = RenderAt("/kpi/complaints", panels: 2);

        Assert.Equal(2, cut.FindAll("[data-testid=chart-empty]").Count);
        Assert.Contains("There are no figures for this measure yet.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(_module.Invocations["render"]);
    }

    [Fact]
    public void The_SPC_view_from_the_url_draws_limits_and_shows_the_icons_with_text_labels()
    {
        var cut = RenderAt("/kpi/return-interviews-within-72h?area=SCC&month=2021-03&view=spc", panels: 2);

        Assert.Equal(["spc", "comparison"], cut.FindAll("[data-chart-panel]").Select(p => p.GetAttribute("data-chart-panel")));
        Assert.True(cut.Find("[data-testid=view-spc]").HasAttribute("checked"));
        Assert.Equal("Show the figures as", cut.Find("[data-testid=trend-view] legend").TextContent);
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 2));
        var labels = RenderedConfig(0).GetProperty("data").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()).ToList();
        Assert.Equal(["Surrey", "Mean", "Upper process limit", "Lower process limit"], labels.Take(4));
        Assert.Equal(
            "Special cause improvement: the latest figure, 88.9%, is above the upper process limit of 88.4%; the target of 85% is inside the process limits, so it will be hit or missed by chance.",
            cut.Find("[data-chart-panel=spc] [data-testid=chart-summary]").TextContent);
        Assert.Contains(
            "Limits recalculated from Mar 2020: Return interview timeliness improved through 2019-20 and has held since; limits recalculated on the new process.",
            cut.FindAll("[data-chart-panel=spc] [data-testid=chart-notes] li").Select(li => li.TextContent));
        Assert.Equal(["Improving: special cause, higher", "Target hit and miss"],
            cut.FindAll("[data-chart-panel=spc] .spc-badges .spc-label").Select(l => l.TextContent));
    }

    [Fact]
    public void Choosing_statistical_process_control_puts_the_view_in_the_url_and_redraws_the_first_chart()
    {
        var cut = RenderAt("/kpi/return-interviews-within-72h?area=SCC&month=2021-03", panels: 2);
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 2));

        cut.Find("[data-testid=view-spc]").Change(true);

        Assert.EndsWith("view=spc", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal("spc", cut.FindAll("[data-chart-panel]")[0].GetAttribute("data-chart-panel")), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => _module.VerifyInvoke("render", calledTimes: 3));
        Assert.Equal("Mean", RenderedConfig(2).GetProperty("data").GetProperty("datasets")[1].GetProperty("label").GetString());
        Assert.Single(cut.FindAll(".spc-badges"));
    }

    [Fact]
    public async Task The_page_shows_the_latest_commentary_with_its_author_and_a_link_to_its_history()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var commentaries = _app!.Get<CommentaryService>();
        Assert.True((await commentaries.SaveAsync("audits-inadequate-pct", "NE", new DateOnly(2020, 6, 1), "Two audits were regraded after moderation.", new KpiDashboard.Web.Features.Access.Actor("a.analyst@council.example", null), ct)).Saved);
        Assert.True((await commentaries.SaveAsync("audits-inadequate-pct", "NE", new DateOnly(2020, 6, 1), "Three audits were regraded after moderation.", new KpiDashboard.Web.Features.Access.Actor("b.reviewer@council.example", null), ct)).Saved);

        var cut = RenderAt("/kpi/audits-inadequate-pct?area=NE&month=2020-06", panels: 3);

        Assert.Equal("Commentary for North East, Jun 2020", cut.Find("#metric-commentary-heading").TextContent);
        Assert.Equal("Three audits were regraded after moderation.", cut.Find("[data-testid=commentary-text]").TextContent);
        var by = cut.Find("[data-testid=commentary-by]");
        Assert.StartsWith("By b.reviewer@council.example, ", by.TextContent.Trim(), StringComparison.Ordinal);
        var link = by.QuerySelector("a")!;
        Assert.Equal(("/commentary?metric=audits-inadequate-pct&area=NE&month=2020-06", "See its 2 versions or edit it"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public void Without_commentary_the_page_offers_to_write_one()
    {
        var cut = RenderAt("/kpi/audits-inadequate-pct?area=SE&month=2020-05", panels: 3);

        Assert.Equal("No commentary yet. Write the commentary for this month.", cut.Find("[data-testid=commentary-none]").TextContent);
        Assert.Equal("/commentary?metric=audits-inadequate-pct&area=SE&month=2020-05", cut.Find("[data-testid=commentary-none] a").GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_code_says_there_is_no_such_measure()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/kpi/nope");
        var cut = Render<MetricDetail>(p => p.Add(d => d.Code, "nope"));

        cut.WaitForAssertion(() => Assert.Equal("There is no measure with the code 'nope'. Back to the overview.",
            cut.Find("[data-testid=not-found]").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal("Measure not found", cut.Find("h1").TextContent);
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
