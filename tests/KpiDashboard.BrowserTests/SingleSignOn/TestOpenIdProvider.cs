using System.Net;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) for the tests, on Kestrel at a free loopback port: discovery,
/// keys, the authorization endpoint (<see cref="ProviderSignInPage"/>) and the token endpoint, the authorization code
/// flow with PKCE required, ephemeral keys, plain http allowed because it only listens on loopback, and its store in
/// EF Core on a database of the test cluster. It knows one client, KpiDashboard, once <see cref="RegisterClientAsync"/>
/// has been told where the app's redirect URI is.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "kpidashboard";
    public const string ClientSecret = "test-client-secret-2020";

    private readonly WebApplication _host;

    private TestOpenIdProvider(WebApplication host, TestPeople people, Uri authority)
    {
        _host = host;
        People = people;
        Authority = authority;
    }

    /// <summary>The provider's issuer, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Authority { get; }

    public TestPeople People { get; }

    public static async Task<TestOpenIdProvider> StartAsync(PostgresServer postgres)
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        var people = new TestPeople();
        builder.Services.AddSingleton(people);
        builder.Services.AddDbContext<ProviderStore>(options => options.UseNpgsql(connectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderStore>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(ProviderSignInPage.Path.TrimStart('/')).SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        var host = builder.Build();
        host.UseAuthentication();
        host.MapMethods(ProviderSignInPage.Path, ["GET", "POST"], ProviderSignInPage.AuthorizeAsync);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderStore>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TestOpenIdProvider(host, people, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Registers KpiDashboard as a confidential client whose only redirect URI is the given one.</summary>
    public async Task RegisterClientAsync(Uri redirectUri)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "KpiDashboard",
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
