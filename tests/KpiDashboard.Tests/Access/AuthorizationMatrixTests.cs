using System.Net;
using System.Reflection;
using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Access;

/// <summary>
/// Who may open every page and call every endpoint, taken from the app's own route table and endpoint list, tried
/// over real HTTP as each role and as an anonymous visitor. The tables below are the promise; a page or endpoint
/// that is not in them fails, so nothing new ships without a decision about who may use it. Each is tried with the
/// public scorecard (<c>Publication__PublicScorecard</c>) off and on: on, an anonymous visitor also reaches what
/// <see cref="OpenWithPublicScorecard"/> lists, and nothing else changes for anyone.
/// </summary>
public sealed class AuthorizationMatrixTests(PostgresServer server) : ApiTest(server)
{
    private const string Anonymous = "anonymous";

    /// <summary>The roles that may open a page of each kind; Anyone for pages anonymous visitors reach too.</summary>
    private static readonly string[] Anyone = [Anonymous, Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin];
    private static readonly string[] Readers = [Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin];
    private static readonly string[] Analysts = [Roles.Analyst];
    private static readonly string[] AnalystsAndAdmins = [Roles.Analyst, Roles.Admin];
    private static readonly string[] Presenters = [Roles.Presenter, Roles.Admin];
    private static readonly string[] Admins = [Roles.Admin];

    private static readonly Dictionary<string, string[]> Pages = new()
    {
        ["/"] = Readers,
        ["/kpi/{Code}"] = Readers,
        ["/commentary"] = Readers,
        ["/annotations"] = Readers,
        ["/packs"] = Readers,
        ["/packs/{Id:int}"] = Readers,
        ["/packs/{Id:int}/edit"] = Presenters,
        ["/present/{Id:int}"] = Readers,
        ["/data-quality"] = Analysts,
        ["/spc-settings"] = AnalystsAndAdmins,
        ["/import"] = Analysts,
        ["/imports"] = Analysts,
        ["/imports/{Id:long}"] = Analysts,
        ["/admin/users"] = Admins,
        ["/admin/api-keys"] = Admins,
        ["/admin/audit"] = Admins,
        ["/admin/catalogue/areas"] = Admins,
        ["/admin/catalogue/comparators"] = Admins,
        ["/admin/catalogue"] = Admins,
        ["/admin/catalogue/measures/new"] = Admins,
        ["/admin/catalogue/measures/{Code}"] = Admins,
        ["/admin/catalogue/files"] = Admins,
        ["/account/sign-in"] = Anyone,
        ["/account/access-denied"] = Anyone,
        ["/error"] = Anyone,
        ["/not-found"] = Anyone,
    };

    /// <summary>Endpoints that are not pages: pattern and method → who may call them (API keys, or the page's cookie where it says so).</summary>
    private static readonly Dictionary<string, string[]> Endpoints = new()
    {
        ["GET /api/v1/metrics/"] = Readers,
        ["GET /api/v1/metrics/{code}/observations"] = Readers,
        ["GET /api/v1/metrics/{code}/spc"] = Readers,
        ["GET /api/v1/metrics/{code}/benchmarks"] = Readers,
        ["GET /api/v1/packs/"] = Readers,
        ["GET /api/v1/packs/{id}"] = Readers,
        ["GET /api/v1/packs/{id}/pdf"] = Readers,
        ["GET /api/v1/packs/{id}/pptx"] = Readers,
        ["GET /kpi/{code}/pdf"] = Readers,
        ["GET /kpi/{code}/png"] = Readers,
        ["GET /packs/{id}/exports/{job}"] = Readers,
        ["GET /openapi/{documentName}.json"] = Readers,
        ["POST /api/v1/imports/"] = Analysts,
        ["GET /import/templates/long.csv"] = Analysts,
        ["GET /import/templates/wide.csv"] = Analysts,
        ["GET /admin/audit.csv"] = Admins,
        ["GET /admin/catalogue/files.zip"] = Admins,
        ["ANY /health"] = Anyone,
        ["ANY /health/live"] = Anyone,
        ["ANY /health/ready"] = Anyone,
        ["POST /account/sign-out"] = Anyone,
    };

    /// <summary>What an anonymous visitor reaches too while the public scorecard is on: the overview, measure pages and read API.</summary>
    private static readonly HashSet<string> OpenWithPublicScorecard =
    [
        "/",
        "/kpi/{Code}",
        "GET /api/v1/metrics/",
        "GET /api/v1/metrics/{code}/observations",
        "GET /api/v1/metrics/{code}/spc",
        "GET /api/v1/metrics/{code}/benchmarks",
        "GET /openapi/{documentName}.json",
    ];

    public static TheoryData<string, bool> UsersWithTheScorecardOffAndOn =>
        [.. Anyone.SelectMany(user => new[] { (user, false), (user, true) })];

    [Fact]
    public void What_the_public_scorecard_opens_is_in_the_tables()
    {
        Assert.All(OpenWithPublicScorecard, name => Assert.True(Pages.ContainsKey(name) || Endpoints.ContainsKey(name), name));
    }

    [Fact]
    public void Every_page_in_the_route_table_has_a_decision_about_who_may_open_it()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Pages.Keys.Order(StringComparer.Ordinal), routes);
    }

    [Fact]
    public void Every_other_endpoint_names_its_policy_or_allows_anonymous_callers_and_is_in_the_table()
    {
        var endpoints = Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsPage(e) && !IsFramework(e) && !IsStaticAsset(e))
            .ToList();

        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null);
        Assert.Empty(unprotected.Select(e => $"{Name(e)} ({e.DisplayName})"));
        Assert.Equal(string.Join('\n', Endpoints.Keys.Order(StringComparer.Ordinal)), string.Join('\n', endpoints.Select(Name).Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Static_files_are_open_to_all_and_the_hub_needs_a_signed_in_reader()
    {
        var endpoints = Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.All(endpoints.Where(IsStaticAsset), e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));
        var hub = endpoints.Where(IsHub).ToList();
        Assert.NotEmpty(hub);
        Assert.All(hub, e => Assert.Null(e.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    [Theory]
    [MemberData(nameof(UsersWithTheScorecardOffAndOn))]
    public async Task Each_page_opens_for_the_roles_it_names_and_no_other(string user, bool publicScorecard)
    {
        await using var scorecardApp = publicScorecard ? WithPublicScorecard() : null;
        using var client = await PageClientAsync(scorecardApp ?? Factory, user);
        var outcomes = new List<string>();
        foreach (var (template, allowed) in Pages)
        {
            using var response = await client.GetAsync(new Uri(Fill(template), UriKind.Relative), TestContext.Current.CancellationToken);
            var reached = Reached(response);
            var expected = MayReach(template, allowed, user, publicScorecard) ? "opens" : user == Anonymous ? "asks to sign in" : "refused";
            outcomes.Add($"{template}: expected {expected}, got {reached}");
            Assert.True(expected == reached, string.Join('\n', outcomes));
        }
    }

    [Theory]
    [MemberData(nameof(UsersWithTheScorecardOffAndOn))]
    public async Task Each_endpoint_answers_the_roles_it_names_and_refuses_the_rest_with_401_or_403(string user, bool publicScorecard)
    {
        await using var scorecardApp = publicScorecard ? WithPublicScorecard() : null;
        var app = scorecardApp ?? Factory;
        using var client = user == Anonymous ? Unredirected(app) : await Unredirected(app).WithKeyAsync(app.Services, TestUsers.For(user));
        foreach (var (name, allowed) in Endpoints.Where(e => !e.Key.Contains("sign-out", StringComparison.Ordinal)))
        {
            using var response = await client.SendAsync(Request(name), TestContext.Current.CancellationToken);
            var expected = MayReach(name, allowed, user, publicScorecard) ? "answered" : user == Anonymous ? "401" : "403";
            var got = (int)response.StatusCode switch { 401 => "401", 403 => "403", < 400 or 400 or 404 => "answered", var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            Assert.True(expected == got, $"{name} as {user}: expected {expected}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_signed_in_analysts_cookie_alone_cannot_import_over_the_API()
    {
        using var client = await PageClientAsync(Roles.Analyst);

        using var response = await client.SendAsync(Request("POST /api/v1/imports/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_signed_in_viewers_cookie_reads_the_API()
    {
        using var client = await PageClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpClient> PageClientAsync(string user) => PageClientAsync(Factory, user);

    private static async Task<HttpClient> PageClientAsync(WebApplicationFactory<Program> app, string user) =>
        user == Anonymous ? Unredirected(app) : await Unredirected(app).SignInAsync(TestUsers.For(user));

    private static HttpClient Unredirected(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The same app and database with <c>Publication__PublicScorecard=true</c>.</summary>
    private WebApplicationFactory<Program> WithPublicScorecard() =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting("Publication:PublicScorecard", "true"));

    private static bool MayReach(string name, string[] allowed, string user, bool publicScorecard) =>
        allowed.Contains(user) || (publicScorecard && user == Anonymous && OpenWithPublicScorecard.Contains(name));

    private static string Reached(HttpResponseMessage response) => response.Headers.Location?.OriginalString switch
    {
        { } to when to.Contains(AccountPaths.SignIn, StringComparison.Ordinal) => "asks to sign in",
        { } to when to.Contains(AccountPaths.AccessDenied, StringComparison.Ordinal) => "refused",
        _ when response.StatusCode is HttpStatusCode.Unauthorized => "asks to sign in",
        _ when (int)response.StatusCode >= 500 => $"failed with {(int)response.StatusCode}",
        _ => "opens",
    };

    private static string Fill(string template) => template.Replace("{Code}", "referrals", StringComparison.Ordinal).Replace("{Id:long}", "1", StringComparison.Ordinal)
        .Replace("{Id:int}", "1", StringComparison.Ordinal);

    private static HttpRequestMessage Request(string name)
    {
        var (method, path) = (name.Split(' ')[0] is "ANY" ? "GET" : name.Split(' ')[0], name.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{code}", "referrals", StringComparison.Ordinal).Replace("{id}", "1", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal) + (method == "POST" ? "?dryRun=true" : ""), UriKind.Relative));
        if (method == "POST")
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("period,area,metric,value\n2020-06,NE,referrals,204\n")), "file", "june.csv");
            request.Content = form;
        }

        return request;
    }

    private static bool IsPage(RouteEndpoint e) => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    private static bool IsHub(RouteEndpoint e) => e.RoutePattern.RawText?.StartsWith("/_blazor", StringComparison.Ordinal) == true;

    /// <summary>Blazor's own endpoints (the hub, /_framework/...) and the development-time static file fallback: they fall under the app's fallback policy.</summary>
    private static bool IsFramework(RouteEndpoint e) => IsHub(e)
        || e.RoutePattern.RawText?.StartsWith("/_framework/", StringComparison.Ordinal) == true
        || e.DisplayName == "Fallback {**path:file}";

    private static bool IsStaticAsset(RouteEndpoint e) => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;

    private static string Name(RouteEndpoint e) =>
        $"{string.Join(',', e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])} {e.RoutePattern.RawText}";
}
