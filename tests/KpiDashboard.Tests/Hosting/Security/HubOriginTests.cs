using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Hosting.Security;

/// <summary>The Blazor hub answers pages of the app's own origin and of configured proxies, and no other.</summary>
public sealed class HubOriginTests(PostgresServer server) : ApiTest(server)
{
    private const string Negotiate = "/_blazor/negotiate?negotiateVersion=1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Negotiate, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("https://attacker.example")]
    [InlineData("http://localhost:8080")]
    [InlineData("https://localhost")]
    [InlineData("null")]
    public async Task Negotiate_from_a_foreign_origin_is_refused_with_a_sentence(string origin)
    {
        using var client = await AnonymousClient().SignInAsync();
        using var response = await NegotiateAsync(client, origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HubOriginCheck.Refusal, await response.Content.ReadAsStringAsync(Ct));
        HardenedHeaders.AssertPresent(response);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("HTTP://LOCALHOST:80")]
    [InlineData(null)]
    public async Task Negotiate_from_the_apps_own_origin_or_from_no_browser_is_accepted(string? origin)
    {
        using var client = await AnonymousClient().SignInAsync();
        using var response = await NegotiateAsync(client, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).TryGetProperty("connectionToken", out _));
    }

    [Fact]
    public async Task Negotiate_without_signing_in_is_sent_to_sign_in_even_from_the_own_origin()
    {
        using var response = await NegotiateAsync(AnonymousClient(), "http://localhost");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negotiate_from_a_configured_proxy_origin_is_accepted()
    {
        using var client = await Factory
            .WithWebHostBuilder(builder => builder.UseSetting("Security:AllowedOrigins:0", "https://kpi.council.example"))
            .CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignInAsync();

        using var proxied = await NegotiateAsync(client, "https://kpi.council.example");
        using var other = await NegotiateAsync(client, "https://other.council.example");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (proxied.StatusCode, other.StatusCode));
    }

    [Fact]
    public async Task A_WebSocket_to_the_hub_from_a_foreign_origin_is_refused_and_from_the_own_origin_opens()
    {
        var (factory, address) = StartKestrel();
        await using var _ = factory;
        var cookies = new CookieContainer();
        using var http = await new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address }.SignInAsync();
        using var negotiate = await NegotiateAsync(http, origin: null);
        var token = (await negotiate.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("connectionToken").GetString();
        var hub = new UriBuilder(address) { Scheme = "ws", Path = "/_blazor", Query = $"id={token}" }.Uri;
        var ownOrigin = address.GetLeftPart(UriPartial.Authority);

        using var foreign = new ClientWebSocket();
        foreign.Options.CollectHttpResponseDetails = true;
        foreign.Options.Cookies = cookies;
        foreign.Options.SetRequestHeader("Origin", "https://attacker.example");
        await Assert.ThrowsAsync<WebSocketException>(() => foreign.ConnectAsync(hub, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.HttpStatusCode);

        using var own = new ClientWebSocket();
        own.Options.SetRequestHeader("Origin", ownOrigin);
        own.Options.Cookies = cookies;
        await own.ConnectAsync(hub, Ct);
        Assert.Equal(WebSocketState.Open, own.State);
        await own.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", Ct);
    }

    private (IAsyncDisposable Factory, Uri Address) StartKestrel()
    {
        var factory = Factory.WithWebHostBuilder(_ => { });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return (factory, new Uri(addresses.Addresses.Single()));
    }
}
