using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Access;

/// <summary>
/// The edges of <c>Publication__PublicScorecard</c> the authorisation matrix does not reach: a signed-in account with no
/// reading role, a key the app does not accept, what the navigation offers an anonymous visitor, and the per-address limit.
/// </summary>
public sealed partial class PublicScorecardAccessTests(PostgresServer server) : ApiTest(server)
{
    [Theory]
    [InlineData(Policies.Scorecard)]
    [InlineData(Policies.ScorecardApi)]
    public async Task A_signed_in_account_without_a_reading_role_is_refused_even_when_the_scorecard_is_public(string policy)
    {
        await using var app = WithPublicScorecard();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var noRole = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "norole@test.kpidashboard.test")], "Test"));
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "v@test.kpidashboard.test"), new Claim(ClaimTypes.Role, Roles.Viewer)], "Test"));

        Assert.False((await authorization.AuthorizeAsync(noRole, policy)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(viewer, policy)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy)).Succeeded);
    }

    [Fact]
    public async Task Anonymous_visitors_are_refused_the_scorecard_while_it_is_not_public()
    {
        var authorization = Services.GetRequiredService<IAuthorizationService>();

        Assert.False((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), Policies.Scorecard)).Succeeded);
    }

    [Fact]
    public async Task A_key_the_app_does_not_accept_gets_401_not_the_public_view()
    {
        await using var app = WithPublicScorecard();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "kpi_not-a-key");

        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_anonymous_visitor_of_the_public_scorecard_is_offered_the_overview_and_sign_in_only()
    {
        await using var app = WithPublicScorecard();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var links = NavLink().Matches(html).Select(m => m.Groups["href"].Value).Distinct().ToList();
        Assert.Equal(["/", AccountPaths.SignIn], links);
        Assert.DoesNotContain("signed-in-as", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_API_calls_are_limited_per_client_address()
    {
        await using var app = Factory.WithWebHostBuilder(b => b
            .UseSetting("Publication:PublicScorecard", "true").UseSetting("Access:PublicApiCallsPerMinute", "3"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await CallFromAsync(app, "203.0.113.7")).Response.StatusCode);
        }

        var refused = await CallFromAsync(app, "203.0.113.7");
        var other = await CallFromAsync(app, "203.0.113.8");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.Equal("application/problem+json", refused.Response.ContentType?.Split(';')[0]);
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
    }

    private WebApplicationFactory<Program> WithPublicScorecard() =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting("Publication:PublicScorecard", "true"));

    private static Task<HttpContext> CallFromAsync(WebApplicationFactory<Program> app, string address) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/api/v1/metrics";
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        }, TestContext.Current.CancellationToken);

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\" class=\"app-nav-link[^\"]*\"")]
    private static partial Regex NavLink();
}
