using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace KpiDashboard.Tests.Hosting.Security;

/// <summary>The headers of docs/security.md on every kind of response, as deployed (Production, over HTTPS).</summary>
public sealed partial class SecurityHeadersTests(PostgresServer server) : ApiTest(server)
{
    private static readonly Uri DeployedAddress = new("https://kpi.council.example/");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signed in (every role) through the sign-in form, so pages, API and downloads answer as they do for staff.</summary>
    private Task<HttpClient> ClientInAsync(string environment) => Factory
        .WithWebHostBuilder(builder => builder.UseEnvironment(environment))
        .CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = DeployedAddress, AllowAutoRedirect = false })
        .SignInAsync();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/kpi/audits-inadequate-pct?area=NE&month=2020-06", HttpStatusCode.OK)]
    [InlineData("/api/v1/metrics", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/import/templates/long.csv", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Every_kind_of_response_carries_the_security_headers_and_HSTS_in_production(string path, HttpStatusCode status)
    {
        using var client = await ClientInAsync("Production");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(status, response.StatusCode);
        HardenedHeaders.AssertPresent(response);
        Assert.Equal("max-age=31536000", Assert.Single(HardenedHeaders.Values(response, "Strict-Transport-Security")));
    }

    [Fact]
    public async Task An_error_answer_carries_the_security_headers_and_HSTS_in_production()
    {
        using var client = await ClientInAsync("Production");
        await BreakTheCatalogueAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        // The API's failures are problem details (issue 10), not the HTML error page.
        Assert.Contains("The request could not be completed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        HardenedHeaders.AssertPresent(response);
        Assert.Equal("max-age=31536000", Assert.Single(HardenedHeaders.Values(response, "Strict-Transport-Security")));
    }

    [Fact]
    public async Task Development_sends_the_security_headers_but_no_HSTS()
    {
        using var client = await ClientInAsync("Development");

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        HardenedHeaders.AssertPresent(response);
        Assert.Empty(HardenedHeaders.Values(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_policy_allows_the_pages_import_map_by_the_hash_of_its_exact_text()
    {
        using var client = await ClientInAsync("Production");
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        var importMap = ImportMapScript().Match(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(importMap.Success, "The page has no import map.");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value)));
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", HardenedHeaders.ContentSecurityPolicy(response), StringComparison.Ordinal);
    }

    /// <summary>The catalogue query then fails in the database, a real server error.</summary>
    private async Task BreakTheCatalogueAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var rename = new NpgsqlCommand("alter table metrics rename to metrics_gone", connection);
        await rename.ExecuteNonQueryAsync(Ct);
    }

    [GeneratedRegex("""<script type="importmap">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ImportMapScript();
}
