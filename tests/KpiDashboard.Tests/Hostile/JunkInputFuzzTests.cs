using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Hostile;

/// <summary>
/// Every page and endpoint, taken from the app's own route table and endpoint list, given junk in each route value and
/// each query value it knows, as deployed (Production) and signed in with every role: no answer is a 5xx, none shows
/// exception text or a stack trace, and each comes within 2 seconds.
/// </summary>
public sealed partial class JunkInputFuzzTests(PostgresServer server) : ApiTest(server)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    /// <summary>Valid values for route parameters, so that the junk is tried in one place at a time.</summary>
    private static readonly Dictionary<string, string> ValidRouteValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "referrals", ["id"] = "1", ["documentName"] = "v1",
    };

    private static readonly Type[] QueryTypes = [typeof(string), typeof(int), typeof(long), typeof(bool), typeof(DateOnly), typeof(decimal)];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_junk_value_in_any_route_or_query_value_gives_a_server_error_exception_text_or_a_slow_answer()
    {
        var production = Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var pages = await production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignInAsync();
        using var api = await production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithKeyAsync(production.Services);
        var targets = PageTargets().Concat(EndpointTargets(production.Services)).ToList();
        var requests = targets.SelectMany(Requests).ToList();

        // The first request of each kind compiles its code; that is not what the limit is about.
        foreach (var target in targets)
        {
            using var warmUp = await SendAsync(target.IsPage ? pages : api, target, target.Address(null, null));
        }

        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (request, _) =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await SendAsync(request.Target.IsPage ? pages : api, request.Target, request.Address);
            var body = await response.Content.ReadAsStringAsync(Ct);
            clock.Stop();
            if ((Problem((int)response.StatusCode, body, clock.Elapsed) ?? ApiProblem(request.Target, response)) is { } problem)
            {
                failures.Add($"{request.Target.Method} {Shorten(request.Address)}: {problem}");
            }
        });

        Assert.True(requests.Count > 500, $"Only {requests.Count} requests were made; the route table was not read.");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} answers failed:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal).Take(40)));
    }

    [Fact]
    public void The_fuzz_test_reaches_the_pages_and_endpoints_that_take_values()
    {
        var names = PageTargets().Concat(EndpointTargets(Services)).Select(t => $"{t.Method} {t.Template} [{string.Join(',', t.Query)}]").ToList();

        Assert.Contains("GET /kpi/{Code} [area,month,range,view]", names);
        Assert.Contains("GET / [area,month]", names);
        Assert.Contains("GET /api/v1/metrics/{code}/observations [area,from,to]", names);
        Assert.Contains("POST /api/v1/imports/ [dryRun]", names);
        Assert.Contains("GET /packs/{Id:int}/edit []", names);
        Assert.Contains("GET /api/v1/packs/{id} []", names);
        Assert.Contains("GET /kpi/{code}/pdf [area,month,range,view]", names);
        Assert.Contains("GET /api/v1/packs/{id}/pptx []", names);
    }

    /// <summary>What is wrong with an answer, or null when nothing is.</summary>
    private static string? Problem(int status, string body, TimeSpan elapsed) =>
        status >= 500 ? $"answered {status}"
        : body.Contains("Exception", StringComparison.Ordinal) || body.Contains("Npgsql", StringComparison.Ordinal) || StackFrame().IsMatch(body)
            ? $"answered {status} with exception text: {Shorten(body)}"
        : elapsed > Limit ? $"took {elapsed.TotalSeconds:0.0} s"
        : null;

    /// <summary>An API refusal that is not JSON (problem details, or the import's own answer); not the server's own refusals.</summary>
    private static string? ApiProblem(Target target, HttpResponseMessage response) =>
        target.Template.StartsWith("/api/", StringComparison.Ordinal) && (int)response.StatusCode >= 400 && response.RequestMessage is not null
            && response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json")
            ? $"answered {(int)response.StatusCode} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}, not JSON"
            : null;

    private static IEnumerable<(Target Target, string Address)> Requests(Target target)
    {
        foreach (var junk in JunkValues.ForAddress())
        {
            foreach (var parameter in target.RouteParameters)
            {
                yield return (target, target.Address((parameter, junk), null));
            }

            foreach (var name in target.Query)
            {
                yield return (target, target.Address(null, (name, junk)));
            }

        }

        // A parameter the page or endpoint does not know, and junk in a parameter's name: a few values are enough.
        foreach (var junk in JunkValues.ForAddress().Where((_, i) => i % 5 == 0))
        {
            yield return (target, target.Address(null, ("unknown", junk)));
            yield return (target, target.Address(null, (junk, "1")));
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Target target, string address)
    {
        using var request = new HttpRequestMessage(new HttpMethod(target.Method), new Uri(address, UriKind.Relative));
        if (target.Method == "POST")
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes("period,area,metric,value\n2020-06,NE,referrals,204\n")), "file", "june.csv" },
            };
            request.Content = form;
        }

        try
        {
            return await client.SendAsync(request, Ct);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
        {
            // The test host, like Kestrel, refuses a path that decodes to NUL before the app sees it (Kestrel answers 400).
            return new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest);
        }
    }

    private static IEnumerable<Target> PageTargets() => typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => new Target("GET", r.Template, IsPage: true,
            RoutePatternFactory.Parse(r.Template).Parameters.Select(p => p.Name).ToList(),
            [.. t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Query is not null)
                .Select(p => p.Query!.Name ?? p.Property.Name)])));

    private static IEnumerable<Target> EndpointTargets(IServiceProvider services) => services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null && e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
        .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/_", StringComparison.Ordinal) && !raw.Contains("**", StringComparison.Ordinal))
        .Where(e => e.RoutePattern.RawText != "/account/sign-out")
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method =>
        {
            var routeParameters = e.RoutePattern.Parameters.Select(p => p.Name).ToList();
            var query = e.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Where(p => QueryTypes.Contains(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
                .Select(p => p.Name!)
                .Where(name => !routeParameters.Contains(name, StringComparer.OrdinalIgnoreCase))
                .ToList() ?? [];
            return new Target(method, e.RoutePattern.RawText!, IsPage: false, routeParameters, query);
        }));

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"\n\s+at [\w.<>`]+\(")]
    private static partial Regex StackFrame();

    /// <summary>A page or endpoint: its method, route template, route parameters and the query values it reads.</summary>
    private sealed record Target(string Method, string Template, bool IsPage, IReadOnlyList<string> RouteParameters, IReadOnlyList<string> Query)
    {
        /// <summary>The address with valid route values except <paramref name="route"/>, and one query value if given (both as they go into an address).</summary>
        public string Address((string Name, string Junk)? route, (string Name, string Value)? query)
        {
            var path = RoutePatternFactory.Parse(Template).PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter when route?.Name == parameter.Name => route.Value.Junk,
                RoutePatternParameterPart parameter => ValidRouteValues.GetValueOrDefault(parameter.Name, "x"),
                RoutePatternSeparatorPart separator => separator.Content,
                _ => "",
            })));
            var address = "/" + string.Join('/', path);
            return query is { } q ? $"{address}?{q.Name}={q.Value}" : address;
        }
    }
}
