using System.Net;
using KpiDashboard.Tests.Infrastructure;
using Npgsql;

namespace KpiDashboard.Tests.Components;

/// <summary>An address that names nothing answers 404 with the sentence saying what is missing, through the real pipeline.</summary>
public sealed class NotFoundResponseTests(PostgresServer server) : ApiTest(server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The page as a signed-in reader gets it (an anonymous visitor is sent to the sign-in page instead).</summary>
    private async Task<(HttpStatusCode Status, string Body)> GetPageAsync(string url)
    {
        using var client = await AnonymousClient().SignInAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Theory]
    [InlineData("/kpi/unknown", "There is no measure with the code 'unknown'.")]
    [InlineData("/imports/999", "There is no import 999.")]
    [InlineData("/no-such-page", "There is no page at this address.")]
    [InlineData("/imports/not-a-number", "There is no page at this address.")]
    public async Task An_address_that_names_nothing_answers_404_with_its_sentence(string url, string sentence)
    {
        var (status, body) = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(sentence, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_measure_answers_200_with_its_name()
    {
        var (status, body) = await GetPageAsync("/kpi/audits-inadequate-pct");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Case audits graded inadequate (%)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_import_answers_200_with_its_file_name()
    {
        var (id, fileName) = await FirstImportAsync();

        var (status, body) = await GetPageAsync($"/imports/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Import {id}: {fileName}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no", body, StringComparison.Ordinal);
    }

    private async Task<(long Id, string FileName)> FirstImportAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var query = new NpgsqlCommand("select id, file_name from imports order by id limit 1", connection);
        await using var reader = await query.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct), "The seeded database has no imports.");
        return (reader.GetInt64(0), reader.GetString(1));
    }
}
