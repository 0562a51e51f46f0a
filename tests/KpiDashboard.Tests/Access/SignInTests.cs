using System.Net;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Access;

/// <summary>Sign-in through the real form on real PostgreSQL: lockout, throttling per account, the audit log, and keys that outlive a restart.</summary>
public sealed class SignInTests(PostgresServer server) : ApiTest(server)
{
    private static readonly string Viewer = TestUsers.For(Roles.Viewer);

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_too()
    {
        using var client = AnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => client.SignInAsync(Viewer, "not-the-password"));
        }

        var problem = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SignInAsync(Viewer));
        Assert.Contains("400", problem.Message, StringComparison.Ordinal);
        var page = await PostSignInAsync(client, Viewer, TestUsers.Password);
        Assert.Contains($"The account {Viewer} is locked after repeated failed sign-ins", page, StringComparison.Ordinal);
        Assert.Equal(["sign-in failed", "locked out"], (await AuditAsync(Viewer)).Distinct());
    }

    [Fact]
    public async Task A_right_password_signs_in_and_is_recorded()
    {
        using var client = await AnonymousClient().SignInAsync(Viewer);

        await using var db = await DbAsync();
        var entry = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.SignIn, TestContext.Current.CancellationToken);
        Assert.Equal((Viewer, $"user {Viewer}"), (entry.Actor, entry.Target));
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_for_one_account_answer_429_with_retry_after_and_other_accounts_go_on()
    {
        await using var factory = Factory.WithWebHostBuilder(b => b.UseSetting("Access:SignInsPerMinute", "3"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            await PostSignInAsync(client, Viewer, "not-the-password");
        }

        using var refused = await PostSignInResponseAsync(client, Viewer, TestUsers.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains($"Too many attempts to sign in as {Viewer}", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await client.SignInAsync(TestUsers.For(Roles.Analyst));
    }

    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_is_accepted_by_a_second_on_the_same_database()
    {
        var jar = new CookieContainer();
        using var first = await Factory.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(jar)).SignInAsync(Viewer);
        using var probe = await first.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        var cookie = jar.GetCookieHeader(first.BaseAddress!);

        await using var second = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Kpi", ConnectionString);
            b.UseSetting("Database:ApplyMigrationsOnStart", "false");
            b.UseSetting("Database:SeedOnStart", "false");
        });
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_or_changing_its_roles_ends_what_its_live_pages_may_do()
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var revalidation = (AccessRevalidation)Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>();
        var (viewer, analyst) = (await PrincipalAsync(Viewer), await PrincipalAsync(TestUsers.For(Roles.Analyst)));
        Assert.True(await revalidation.IsStillValidAsync(viewer.Principal));

        await accounts.SetDisabledAsync(viewer.Id, true, Actor.System);
        await accounts.SetRolesAsync(analyst.Id, [Roles.Viewer], Actor.System);

        Assert.False(await revalidation.IsStillValidAsync(viewer.Principal));
        Assert.False(await revalidation.IsStillValidAsync(analyst.Principal));
        await Assert.ThrowsAsync<InvalidOperationException>(() => AnonymousClient().SignInAsync(Viewer));
    }

    private async Task<(string Id, System.Security.Claims.ClaimsPrincipal Principal)> PrincipalAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<AppUser>>();
        return (user.Id, await factory.CreateAsync(user));
    }

    private static async Task<string> PostSignInAsync(HttpClient client, string email, string password)
    {
        using var response = await PostSignInResponseAsync(client, email, password);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> PostSignInResponseAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), body);
    }

    private async Task<List<string>> AuditAsync(string email)
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.Where(e => e.Target == $"user {email}" && e.Action != AuditActions.UserCreated).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<KpiDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
}
