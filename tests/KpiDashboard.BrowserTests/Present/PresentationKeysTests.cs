using KpiDashboard.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Present;

/// <summary>Presentation mode's keys, as clickers and reveal.js send them, on the seed's published pack at projector size.</summary>
[Collection(RunningApp.Name)]
public sealed class PresentationKeysTests(AppServer app)
{
    private Task<Microsoft.Playwright.IBrowserContext> ProjectorAsync() =>
        app.NewBrowserContextAsync(width: PresentationPage.ProjectorWidth, height: PresentationPage.ProjectorHeight);

    [Theory]
    [InlineData("ArrowRight")]
    [InlineData("ArrowDown")]
    [InlineData("PageDown")]
    [InlineData("Space")]
    [InlineData("n")]
    [InlineData("Shift+N")]
    public async Task The_key_moves_to_the_next_slide_and_says_which(string key)
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);
        await page.ExpectSlideAsync(1, slides);

        await page.Keyboard.PressAsync(key);

        await page.ExpectSlideAsync(2, slides);
        var title = await page.SlideHeading().InnerTextAsync();
        await Expect(page.GetByTestId("present-announcer")).ToHaveTextAsync($"Slide 2 of {slides}: {title}");
        await Expect(page.GetByTestId("present-announcer")).ToHaveAttributeAsync("aria-live", "polite");
    }

    [Theory]
    [InlineData("ArrowLeft")]
    [InlineData("ArrowUp")]
    [InlineData("PageUp")]
    [InlineData("p")]
    [InlineData("Shift+P")]
    public async Task The_key_moves_to_the_previous_slide(string key)
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures, "#3");
        await page.ExpectSlideAsync(3, slides);

        await page.Keyboard.PressAsync(key);

        await page.ExpectSlideAsync(2, slides);
    }

    [Fact]
    public async Task End_goes_to_the_last_slide_Home_to_the_first_and_neither_goes_beyond()
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);

        await page.Keyboard.PressAsync("End");
        await page.ExpectSlideAsync(slides, slides);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.ExpectSlideAsync(slides, slides);

        await page.Keyboard.PressAsync("Home");
        await page.ExpectSlideAsync(1, slides);
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.ExpectSlideAsync(1, slides);
    }

    [Fact]
    public async Task A_reload_returns_to_the_slide_in_the_address()
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);
        await page.Keyboard.PressAsync("End");
        await page.ExpectSlideAsync(slides, slides);

        await page.ReloadAsync();

        await Expect(page.Locator("[data-present][data-ready=true]")).ToBeAttachedAsync();
        await page.ExpectSlideAsync(slides, slides);
    }

    [Theory]
    [InlineData("b")]
    [InlineData("Shift+B")]
    [InlineData(".")]
    public async Task The_key_blanks_the_screen_and_pressed_again_shows_the_same_slide(string key)
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures, "#2");
        var blank = page.GetByTestId("present-blank");
        await Expect(blank).ToBeHiddenAsync();

        await page.Keyboard.PressAsync(key);
        await Expect(blank).ToBeVisibleAsync();
        var box = await blank.BoundingBoxAsync();
        Assert.Equal((PresentationPage.ProjectorWidth, PresentationPage.ProjectorHeight), ((int)box!.Width, (int)box.Height));
        Assert.Equal("rgb(0, 0, 0)", await blank.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        await page.Keyboard.PressAsync(key);
        await Expect(blank).ToBeHiddenAsync();
        await page.ExpectSlideAsync(2, slides);
    }

    [Fact]
    public async Task F_asks_for_full_screen_and_Esc_leaves_it_then_leaves_for_the_pack_page()
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures, "#2");
        var deck = page.Locator("[data-present]");

        await page.Keyboard.PressAsync("f");
        await Expect(deck).ToHaveAttributeAsync("data-fullscreen-requested", "true");
        await Expect(deck).ToHaveAttributeAsync("data-fullscreen", "true");
        Assert.True(await page.EvaluateAsync<bool>("() => document.fullscreenElement === document.documentElement"));
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Full screen" })).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(deck).ToHaveAttributeAsync("data-fullscreen", "false");
        await page.ExpectSlideAsync(2, slides);

        var (id, _) = await app.Figures.PackAsync(KpiDashboard.Web.Data.PackStatus.Published, TestContext.Current.CancellationToken);
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForURLAsync($"**/packs/{id}");
    }

    [Fact]
    public async Task The_full_screen_button_asks_for_full_screen_and_hands_the_keys_back_to_the_slides()
    {
        await using var context = await ProjectorAsync();
        var (page, slides) = await context.OpenPresentationAsync(app.Figures);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Full screen" }).ClickAsync();
        await Expect(page.Locator("[data-present]")).ToHaveAttributeAsync("data-fullscreen", "true");

        await page.Keyboard.PressAsync("Space");
        await page.ExpectSlideAsync(2, slides);
    }
}
