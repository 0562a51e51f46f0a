using System.Net;
using System.Text.Json;
using KpiDashboard.BrowserTests.Accessibility;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Present;

/// <summary>Presentation mode beyond its keys: a dead connection, type size on the projector, accessibility, who may present.</summary>
[Collection(RunningApp.Name)]
public sealed class PresentationModeTests(AppServer app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_server_gone_the_slide_stays_on_screen_and_keys_still_move_through_drawn_charts()
    {
        var server = await app.StartPrivateAppAsync();
        await using var context = await app.NewBrowserContextAsync(server.BaseAddress, width: PresentationPage.ProjectorWidth, height: PresentationPage.ProjectorHeight);
        var sockets = 0;
        context.Page += (_, opened) => opened.WebSocket += (_, _) => sockets++;
        var (page, slides) = await context.OpenPresentationAsync(server.Figures);
        await page.ExpectChartDrawnAsync();

        await server.DisposeAsync();
        await context.SetOfflineAsync(true);

        await page.ExpectSlideAsync(1, slides);
        for (var number = 2; number <= slides; number++)
        {
            await page.Keyboard.PressAsync("PageDown");
            await page.ExpectSlideAsync(number, slides);
            await page.ExpectChartDrawnAsync();
        }

        await page.Keyboard.PressAsync("Home");
        await page.ExpectSlideAsync(1, slides);
        Assert.True(await page.Locator("canvas[data-rendered=true]").CountAsync() > 0, "No chart was drawn.");
        Assert.False(await page.EvaluateAsync<bool>("() => document.getElementById('components-reconnect-modal')?.open === true"), "The reconnect dialog covers the slide.");
        Assert.Equal(0, sockets);
    }

    [Fact]
    public async Task Every_text_on_a_projected_chart_is_28_px_or_more()
    {
        await using var context = await app.NewBrowserContextAsync(width: PresentationPage.ProjectorWidth, height: PresentationPage.ProjectorHeight);
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);
        var charts = 0;

        for (var number = 1; number <= slides; number++)
        {
            await page.ExpectSlideAsync(number, slides);
            var canvas = page.ShownSlides().Locator("canvas");
            if (await canvas.CountAsync() > 0)
            {
                await Expect(canvas).ToHaveAttributeAsync("data-rendered", "true");
                var sizes = (await canvas.EvaluateAsync<JsonElement>(FontSizes)).EnumerateArray()
                    .ToDictionary(s => s.GetProperty("text").GetString()!, s => s.GetProperty("px").GetDouble());
                foreach (var (text, px) in sizes)
                {
                    Assert.True(px >= ProjectedChart.FontPx, $"Slide {number}: {text} is {px} px.");
                }

                Assert.Contains("y ticks", sizes.Keys);
                charts++;
            }

            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(charts > 0, "The pack has no chart to measure.");
    }

    // The fonts Chart.js resolved for the drawn chart: each scale's ticks and title, the legend, event labels.
    private const string FontSizes = """
        canvas => {
            const chart = Chart.getChart(canvas);
            const sizes = [];
            for (const scale of Object.values(chart.scales)) {
                if (scale.options.display === false) continue;
                sizes.push({ text: `${scale.id} ticks`, px: scale.options.ticks.font.size });
                if (scale.options.title.display) sizes.push({ text: `${scale.id} title`, px: scale.options.title.font.size });
            }
            if (chart.options.plugins.legend.display) sizes.push({ text: 'legend', px: chart.legend.options.labels.font.size });
            for (const [name, annotation] of Object.entries(chart.config.options.plugins.annotation.annotations ?? {})) {
                if (annotation.label?.display) sizes.push({ text: `event label ${name}`, px: annotation.label.font.size });
            }
            return sizes;
        }
        """;

    [Fact]
    public async Task Every_slide_has_no_WCAG_2_2_A_or_AA_violations_and_is_a_region_named_by_its_heading()
    {
        await using var context = await app.NewBrowserContextAsync(width: PresentationPage.ProjectorWidth, height: PresentationPage.ProjectorHeight);
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);

        for (var number = 1; number <= slides; number++)
        {
            await page.ExpectSlideAsync(number, slides);
            await page.ExpectChartDrawnAsync();
            var heading = await page.SlideHeading().InnerTextAsync();
            var slide = page.ShownSlides().Locator("section[aria-labelledby]");
            await Expect(slide).ToHaveRoleAsync(Microsoft.Playwright.AriaRole.Region);
            await Expect(slide).ToHaveAccessibleNameAsync(heading);

            var violations = await AccessibilityTests.FindViolationsAsync(page);

            Assert.True(violations.Count == 0, $"axe found {violations.Count} WCAG A/AA violation(s) on slide {number}:\n{string.Join('\n', violations)}");
            await page.Keyboard.PressAsync("ArrowRight");
        }
    }

    [Theory]
    [InlineData(PresentationPage.ProjectorWidth, PresentationPage.ProjectorHeight)]
    [InlineData(390, 844)]
    public async Task Every_slide_fits_the_screen_without_text_running_off_it(int width, int height)
    {
        await using var context = await app.NewBrowserContextAsync(width: width, height: height);
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);

        for (var number = 1; number <= slides; number++)
        {
            await page.ExpectSlideAsync(number, slides);
            await page.ExpectChartDrawnAsync();
            await page.SaveScreenshotAsync($"present-{width}-slide-{number}");
            var overflow = await page.ShownSlides().EvaluateAsync<int>("slide => slide.scrollWidth - slide.clientWidth");
            Assert.True(overflow <= 0, $"Slide {number} is {overflow} px wider than a {width} px screen.");
            await page.Keyboard.PressAsync("ArrowRight");
        }
    }

    [Fact]
    public async Task The_pack_page_and_the_builder_open_presentation_mode_and_Esc_returns_to_the_pack()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(Roles.Presenter));
        var (published, _) = await app.Figures.PackAsync(PackStatus.Published, Ct);
        var (draft, draftSlides) = await app.Figures.PackAsync(PackStatus.Draft, Ct);
        var page = await context.OpenInteractiveAsync($"/packs/{published}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "artifacts", "screenshots", "present-link-on-the-pack-page.png") });

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Present the pack" }).ClickAsync();
        await Expect(page.Locator("[data-present][data-ready=true]")).ToBeAttachedAsync();
        Assert.Contains($"/present/{published}#1", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        Assert.EndsWith($"/packs/{published}", page.Url, StringComparison.Ordinal);

        await page.GotoAsync($"/packs/{draft}/edit");
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Present it" }).ClickAsync();
        await Expect(page.Locator("[data-present][data-ready=true]")).ToBeAttachedAsync();
        await page.ExpectSlideAsync(1, draftSlides);
    }

    [Fact]
    public async Task A_Viewer_presents_a_published_pack_but_is_told_a_draft_is_not_there()
    {
        using var viewer = await app.CreateSignedInClientAsync(TestUsers.For(Roles.Viewer));
        var (published, _) = await app.Figures.PackAsync(PackStatus.Published, Ct);
        var (draft, _) = await app.Figures.PackAsync(PackStatus.Draft, Ct);

        using var shown = await viewer.GetAsync($"/present/{published}", Ct);
        using var refused = await viewer.GetAsync($"/present/{draft}", Ct);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains($"There is no published pack {draft}: drafts are open to Presenters and Admins only.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Presenter)]
    [InlineData(Roles.Admin)]
    public async Task A_Presenter_or_Admin_presents_the_draft(string role)
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(role), width: PresentationPage.ProjectorWidth, height: PresentationPage.ProjectorHeight);

        var (page, slides) = await context.OpenPresentationAsync(app.Figures, status: PackStatus.Draft);

        await page.ExpectSlideAsync(1, slides);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_an_unknown_pack_is_a_404_with_a_sentence()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var everyone = await app.CreateSignedInClientAsync();

        using var signIn = await anonymous.GetAsync("/present/1", Ct);
        using var missing = await everyone.GetAsync("/present/999999", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/account/sign-in", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no pack 999999.", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
