using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// Single sign-on in Chromium: from the dashboard's address to the sign-in page's button, the test provider's form and
/// back, under the app's Content-Security-Policy (its form-action 'self' included) with nothing refused on the way.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class SingleSignOnPageTests(AppServer server, PostgresServer postgres) : IAsyncLifetime
{
    private SingleSignOnApp _sso = null!;

    public async ValueTask InitializeAsync() => _sso = await SingleSignOnApp.StartAsync(server, postgres);

    public async ValueTask DisposeAsync() => await _sso.DisposeAsync();

    [Fact]
    public async Task An_analyst_signs_in_at_the_provider_and_lands_on_the_dashboard_with_the_Analyst_pages()
    {
        await using var context = await server.NewBrowserContextAsync(_sso.BaseAddress, email: null);
        var problems = await context.CollectCspViolationsAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Uri(_sso.BaseAddress, "/account/sign-in?ReturnUrl=%2F").ToString());
        await page.SaveScreenshotAsync("sign-in-single-sign-on");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = SingleSignOnApp.DisplayName }).ClickAsync();
        await AnswerProviderAsync(page, TestPeople.Analyst.Username);

        await Expect(page).ToHaveURLAsync(new Uri(_sso.BaseAddress, "/").ToString());
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("signed-in-as").First).ToHaveTextAsync(TestPeople.Analyst.Email);
        var navigation = page.GetByRole(AriaRole.Navigation).First;
        await Expect(navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Import", Exact = true })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Data quality" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Users" })).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("sign-in-single-sign-on-landed");

        Assert.Equal(["single sign-on; roles: Analyst"], await _sso.Records.AuditDetailsAsync(AuditActions.SignIn, $"user {TestPeople.Analyst.Email}"));
        await problems.AssertNoneAsync(page, "single sign-on from the sign-in page to the dashboard");
    }

    [Fact]
    public async Task A_person_whose_groups_map_to_no_role_is_refused_with_a_sentence()
    {
        await using var context = await server.NewBrowserContextAsync(_sso.BaseAddress, email: null);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("single-sign-on").ClickAsync();
        await AnswerProviderAsync(page, TestPeople.NoRole.Username);

        await Expect(page.GetByTestId("sign-in-problem")).ToHaveTextAsync("Your council account has no role in KpiDashboard; ask an administrator.");
        await Expect(page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        Assert.Null(await _sso.Records.RolesOfAsync(TestPeople.NoRole.Email));
        await page.SaveScreenshotAsync("sign-in-single-sign-on-no-role");
    }

    [Fact]
    public async Task On_a_phone_the_single_sign_on_button_fits_the_screen_above_the_password_form()
    {
        await using var context = await server.NewBrowserContextAsync(_sso.BaseAddress, email: null, width: 390, height: 844);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/sign-in");

        var button = await page.GetByTestId("single-sign-on").BoundingBoxAsync();
        var email = await page.GetByLabel("Email").BoundingBoxAsync();
        Assert.NotNull(button);
        Assert.NotNull(email);
        Assert.InRange(button.X + button.Width, 0, 390);
        Assert.True(button.Y + button.Height < email.Y, "The single sign-on button should come before the password form.");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await page.SaveScreenshotAsync("sign-in-single-sign-on-phone");
    }

    /// <summary>Signs in at the test provider's own page as the person.</summary>
    private async Task AnswerProviderAsync(IPage page, string username)
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(_sso.Provider.Authority.ToString())));
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continue" }).ClickAsync();
    }
}
