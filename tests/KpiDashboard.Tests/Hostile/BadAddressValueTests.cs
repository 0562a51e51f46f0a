using System.Net;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace KpiDashboard.Tests.Hostile;

/// <summary>A value in an address that cannot be used is answered with a 4xx and the sentence naming it: pages as HTML, the API as problem+json.</summary>
public sealed class BadAddressValueTests(PostgresServer server) : ApiTest(server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/kpi/referrals?range=7", "The range must be one of 6, 12, 24 or 36; '7' is not.")]
    [InlineData("/kpi/referrals?range=twelve", "The range must be one of 6, 12, 24 or 36; 'twelve' is not.")]
    [InlineData("/kpi/referrals?range=-2147483649", "The range must be one of 6, 12, 24 or 36; '-2147483649' is not.")]
    [InlineData("/kpi/referrals?month=2020-13", "The month must be written YYYY-MM, such as 2020-06; '2020-13' is not.")]
    [InlineData("/?month=June", "The month must be written YYYY-MM, such as 2020-06; 'June' is not.")]
    [InlineData("/?area=N%00E", "The value of 'area' contains a control character (such as NUL, a tab or a line break), which no area has.")]
    [InlineData("/kpi/referrals?area=%0d%0a", "The value of 'area' contains a control character (such as NUL, a tab or a line break), which no area has.")]
    public async Task A_page_given_a_value_it_cannot_use_answers_400_with_the_sentence_naming_it(string url, string sentence)
    {
        var (status, body) = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_given_a_very_long_value_answers_400_without_repeating_it()
    {
        var (status, body) = await GetPageAsync("/?area=" + new string('x', 5_000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The value of 'area' is 5,000 characters long; at most 200 are accepted.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 201), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?area=XX")]
    [InlineData("/kpi/referrals?area=XX")]
    public async Task A_page_given_an_unknown_area_answers_404_with_its_sentence(string url)
    {
        var (status, body) = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("There is no area with the code 'XX'.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?area=ne&month=2020-06")]
    [InlineData("/kpi/referrals?area=NE&month=2020-06&range=12&view=spc")]
    public async Task A_page_given_good_values_still_opens(string url)
    {
        var (status, body) = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("data-testid=\"bad-request\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/metrics/referrals/observations?area=N%00E", "The value of 'area' contains a control character (such as NUL, a tab or a line break), which no area has.")]
    [InlineData("/api/v1/metrics/refer%01rals/spc", "The value of 'code' contains a control character (such as NUL, a tab or a line break), which no code has.")]
    [InlineData("/api/v1/metrics/referrals/observations?from=2020-06%00", "The value of 'from' contains a control character (such as NUL, a tab or a line break), which no from has.")]
    public async Task The_API_refuses_a_value_with_control_characters_with_400_problem_details(string url, string detail)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, await DetailAsync(response));
    }

    [Fact]
    public async Task In_production_the_API_answers_an_unknown_address_with_problem_details_not_the_html_page()
    {
        // Signed in with the cookie: an address that matches no endpoint falls to the app's fallback policy, which knows no API keys.
        using var client = await Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SignInAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("There is no API endpoint at this address; /openapi/v1.json lists them.", await DetailAsync(response));
    }

    [Fact]
    public async Task In_production_a_failing_API_call_answers_500_problem_details_with_a_reference_and_no_exception_text()
    {
        using var client = await ProductionClientAsync();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var rename = new NpgsqlCommand("alter table metrics rename to metrics_gone", connection);
            await rename.ExecuteNonQueryAsync(Ct);
        }

        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, body);
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, body);
        Assert.StartsWith("The request could not be completed. Please try again; if it keeps happening, quote this reference to support: ", await DetailAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("metrics_gone", body, StringComparison.Ordinal);
        Assert.DoesNotContain("relation", body, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ProductionClientAsync()
    {
        var production = Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        return await production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithKeyAsync(production.Services);
    }

    /// <summary>The page as a signed-in reader gets it.</summary>
    private async Task<(HttpStatusCode Status, string Body)> GetPageAsync(string url)
    {
        using var client = await AnonymousClient().SignInAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("detail").GetString();
    }
}
