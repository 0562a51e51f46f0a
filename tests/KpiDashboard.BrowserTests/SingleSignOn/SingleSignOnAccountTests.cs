using System.Net;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// Single sign-on against the real test provider, over HTTP: accounts are found, linked or made, their roles follow
/// the provider's claim at every sign-in, and every refusal comes back to the sign-in page as a sentence's code.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class SingleSignOnAccountTests(AppServer server, PostgresServer postgres) : IAsyncLifetime
{
    private SingleSignOnApp _sso = null!;

    public async ValueTask InitializeAsync() => _sso = await SingleSignOnApp.StartAsync(server, postgres);

    public async ValueTask DisposeAsync() => await _sso.DisposeAsync();

    [Fact]
    public async Task Roles_follow_the_providers_claim_at_the_next_sign_in()
    {
        using (var first = new HttpSingleSignOn(_sso.BaseAddress))
        {
            Assert.Equal("/", await first.SignInAsync(TestPeople.Analyst.Username));
        }

        Assert.Equal([Roles.Analyst], await _sso.Records.RolesOfAsync(TestPeople.Analyst.Email));

        _sso.Provider.People.SetRoles(TestPeople.Analyst.Username, "KPI-Committee", "KPI-Admins");
        using (var second = new HttpSingleSignOn(_sso.BaseAddress))
        {
            Assert.Equal("/", await second.SignInAsync(TestPeople.Analyst.Username));
        }

        Assert.Equal([Roles.Admin, Roles.Viewer], await _sso.Records.RolesOfAsync(TestPeople.Analyst.Email));
        Assert.Equal(["single sign-on: Analyst → Admin, Viewer"],
            await _sso.Records.AuditDetailsAsync(AuditActions.RolesChanged, $"user {TestPeople.Analyst.Email}"));
    }

    [Fact]
    public async Task Signing_in_again_with_the_same_roles_keeps_the_security_stamp_so_other_sessions_go_on()
    {
        using var first = new HttpSingleSignOn(_sso.BaseAddress);
        await first.SignInAsync(TestPeople.Analyst.Username);
        var stamp = await _sso.Records.SecurityStampAsync(TestPeople.Analyst.Email);

        using var second = new HttpSingleSignOn(_sso.BaseAddress);
        await second.SignInAsync(TestPeople.Analyst.Username);

        Assert.Equal(stamp, await _sso.Records.SecurityStampAsync(TestPeople.Analyst.Email));
        Assert.Equal(2, (await _sso.Records.AuditDetailsAsync(AuditActions.SignIn, $"user {TestPeople.Analyst.Email}")).Count);
    }

    [Fact]
    public async Task Losing_every_mapped_role_at_the_provider_takes_the_roles_away_and_refuses_the_sign_in()
    {
        using var sso = new HttpSingleSignOn(_sso.BaseAddress);
        await sso.SignInAsync(TestPeople.Analyst.Username);
        _sso.Provider.People.SetRoles(TestPeople.Analyst.Username, "All-Staff");

        using var again = new HttpSingleSignOn(_sso.BaseAddress);
        Assert.Equal("/account/sign-in?sso=no-role", await again.SignInAsync(TestPeople.Analyst.Username));
        Assert.Equal([], await _sso.Records.RolesOfAsync(TestPeople.Analyst.Email));
    }

    [Fact]
    public async Task A_person_with_no_mapped_role_is_refused_and_no_account_is_made()
    {
        using var sso = new HttpSingleSignOn(_sso.BaseAddress);

        Assert.Equal("/account/sign-in?sso=no-role", await sso.SignInAsync(TestPeople.NoRole.Username));
        Assert.Null(await _sso.Records.RolesOfAsync(TestPeople.NoRole.Email));
        Assert.Equal(["single sign-on: no mapped value in the roles claim (All-Staff)"],
            await _sso.Records.AuditDetailsAsync(AuditActions.SignInFailed, $"user {TestPeople.NoRole.Email}"));
    }

    [Fact]
    public async Task A_disabled_account_is_refused_at_single_sign_on()
    {
        using (var first = new HttpSingleSignOn(_sso.BaseAddress))
        {
            await first.SignInAsync(TestPeople.Analyst.Username);
        }

        var accounts = _sso.App.Services.GetRequiredService<UserAccounts>();
        var user = (await accounts.ListAsync(TestContext.Current.CancellationToken)).Single(u => u.Email == TestPeople.Analyst.Email);
        Assert.True(user.SignsInWithSingleSignOn);
        Assert.Null(await accounts.SetDisabledAsync(user.Id, disabled: true, Actor.System));

        using var second = new HttpSingleSignOn(_sso.BaseAddress);
        Assert.Equal("/account/sign-in?sso=disabled", await second.SignInAsync(TestPeople.Analyst.Username));
    }

    [Fact]
    public async Task A_local_account_is_linked_when_the_provider_verifies_its_email()
    {
        var email = TestUsers.For(Roles.Viewer);
        _sso.Provider.People.Add(new TestPerson("vera", "5c0ffee0-vera", email, EmailVerified: true, ["KPI-Analysts"]));
        using var sso = new HttpSingleSignOn(_sso.BaseAddress);

        Assert.Equal("/", await sso.SignInAsync("vera"));
        Assert.Equal(["5c0ffee0-vera"], await _sso.Records.LinkedSubjectsAsync(email));
        Assert.Equal([Roles.Analyst], await _sso.Records.RolesOfAsync(email));
    }

    [Fact]
    public async Task A_local_account_is_not_taken_over_through_an_email_the_provider_did_not_verify()
    {
        var email = TestUsers.For(Roles.Presenter);
        _sso.Provider.People.Add(new TestPerson("una", "0badf00d-una", email, EmailVerified: false, ["KPI-Admins"]));
        using var sso = new HttpSingleSignOn(_sso.BaseAddress);

        Assert.Equal("/account/sign-in?sso=email-taken", await sso.SignInAsync("una"));
        Assert.Empty(await _sso.Records.LinkedSubjectsAsync(email));
        Assert.Equal([Roles.Presenter], await _sso.Records.RolesOfAsync(email));
    }

    [Fact]
    public async Task Cancelling_at_the_provider_comes_back_to_the_sign_in_page()
    {
        using var sso = new HttpSingleSignOn(_sso.BaseAddress);

        Assert.Equal("/account/sign-in?sso=cancelled", await sso.SignInAsync(TestPeople.Analyst.Username, action: ProviderSignInPage.Cancel));
        Assert.Null(await _sso.Records.RolesOfAsync(TestPeople.Analyst.Email));
    }

    [Fact]
    public async Task A_forged_answer_at_the_redirect_URI_goes_back_to_the_sign_in_page_not_to_an_error()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _sso.BaseAddress };

        using var response = await client.GetAsync(new Uri("/signin-oidc?code=made-up&state=forged", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?sso=failed", response.Headers.Location?.ToString());
    }
}
