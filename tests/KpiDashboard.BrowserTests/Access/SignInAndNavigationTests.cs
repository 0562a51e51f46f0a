using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Access;

/// <summary>Signing in and out in Chromium, and each role's own navigation on a desktop and on a 390 px phone.</summary>
[Collection(RunningApp.Name)]
public sealed class SignInAndNavigationTests(AppServer app)
{
    private static readonly string[] ReaderLinks = ["Overview", "Commentary", "Annotations", "Meeting packs"];
    private static readonly string[] AnalystLinks = ["Data quality", "SPC settings", "Import", "Imports"];
    private static readonly string[] AdminLinks = ["Catalogue", "Users", "API keys", "Audit log"];

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_a_wrong_password_is_named_and_the_right_one_returns_to_the_page_asked_for()
    {
        await using var context = await app.NewBrowserContextAsync(email: null);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/commentary");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.SaveScreenshotAsync("sign-in-desktop");
        await page.GetByLabel("Email").FillAsync(TestUsers.For(Roles.Viewer));
        await page.GetByLabel("Password").FillAsync("wrong-password-here");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByTestId("sign-in-problem")).ToHaveTextAsync("The email or password is not right (or the account is disabled).");

        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/commentary$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }

    public static TheoryData<string> RolesToTry => [.. Roles.All];

    [Theory]
    [MemberData(nameof(RolesToTry))]
    public async Task Each_role_sees_its_own_pages_in_the_header_and_is_refused_the_others(string role)
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(role));
        var page = await context.OpenInteractiveAsync("/");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        // An Admin keeps the catalogue, so also tunes how SPC charts are read (Policies.TuneSpc).
        var expected = ReaderLinks.Concat(role == Roles.Analyst ? AnalystLinks : []).Concat(role == Roles.Admin ? ["SPC settings", .. AdminLinks] : []).ToList();
        var shown = await nav.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(expected, shown.Select(s => s.Trim()).ToList());
        await page.SaveScreenshotAsync($"nav-{role.ToLowerInvariant()}-desktop");

        await page.GotoAsync("/import");
        await Expect(page.GetByTestId("access-denied")).ToHaveCountAsync(role == Roles.Analyst ? 0 : 1);
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByTestId("access-denied")).ToHaveCountAsync(role == Roles.Admin ? 0 : 1);
    }

    [Fact]
    public async Task On_a_phone_the_links_fold_into_a_menu_that_opens_from_the_keyboard_and_nothing_overflows()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(Roles.Analyst), width: 390, height: 844);
        var page = await context.OpenInteractiveAsync("/");
        var menu = page.GetByText("Menu", new() { Exact = true });
        var import = page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true });

        await Expect(menu).ToBeVisibleAsync();
        await Expect(import).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The page is wider than the phone's 390 px.");

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(import).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("nav-analyst-phone-open");
        await import.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/import$"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The import page is wider than the phone's 390 px.");
    }
}
