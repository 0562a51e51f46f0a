using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KpiDashboard.Web.Features.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>
/// The accounts every test database has (made once in the templates through the app's own <see cref="UserAccounts"/>):
/// one per role, and <see cref="Everyone"/> holding all four for tests about something other than access.
/// </summary>
public static class TestUsers
{
    public const string Password = "test-password-2020";
    public const string Everyone = "everyone@test.kpidashboard.test";

    public static string For(string role) => $"{role.ToLowerInvariant()}@test.kpidashboard.test";

    /// <summary>Who imports in tests that call the services directly.</summary>
    public static Actor Analyst => new(For(Roles.Analyst), "192.0.2.10");

    /// <summary>Who undoes in those tests: a second analyst.</summary>
    public static Actor Reviewer => new("reviewer@test.kpidashboard.test", "192.0.2.11");

    public static async Task AddAsync(IServiceProvider services)
    {
        var accounts = services.GetRequiredService<UserAccounts>();
        await Made(accounts.CreateAsync(Everyone, Roles.All.ToList(), Password, Actor.System));
        foreach (var role in Roles.All)
        {
            await Made(accounts.CreateAsync(For(role), [role], Password, Actor.System));
        }
    }

    /// <summary>An API key for the user, made through the app's own service.</summary>
    public static async Task<string> KeyAsync(IServiceProvider services, string email = Everyone)
    {
        var (key, problem) = await services.GetRequiredService<ApiKeyService>().CreateAsync(email, "tests", 1, Actor.System);
        return key?.Secret ?? throw new InvalidOperationException(problem);
    }

    /// <summary>Sends the user's API key with every request of the client.</summary>
    public static async Task<HttpClient> WithKeyAsync(this HttpClient client, IServiceProvider services, string email = Everyone)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KeyAsync(services, email));
        return client;
    }

    /// <summary>Signs the client in through the sign-in form (its cookies must be kept: a handler with a cookie container).</summary>
    public static async Task<HttpClient> SignInAsync(this HttpClient client, string email = Everyone, string password = Password)
    {
        var form = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    private static async Task Made(Task<NewAccount> creation)
    {
        var made = await creation;
        if (!made.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", made.Problems));
        }
    }
}
