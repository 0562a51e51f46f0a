using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.BrowserTests.Import;

/// <summary><c>POST /api/v1/imports</c> through the real app's pipeline, on a database of its own.</summary>
public sealed class ImportApiTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string Header = "period,area,metric,value\n";
    private KpiAppFactory? _factory;
    private HttpClient? _client;

    public async ValueTask InitializeAsync()
    {
        _factory = new KpiAppFactory(await postgres.CreateCatalogueDatabaseAsync());
        _client = await _factory.CreateClient().WithKeyAsync(_factory.Services);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string csv, string query = "", string field = "file")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), field, "june.csv");
        using var response = await _client!.PostAsync(new Uri("/api/v1/imports" + query, UriKind.Relative), form, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_dry_run_answers_with_the_summary_and_writes_nothing()
    {
        var (status, body) = await PostAsync(Header + "2020-06,NE,referrals,204\n", "?dryRun=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("previewed", 1, 1), (body.GetProperty("outcome").GetString(), body.GetProperty("rowsRead").GetInt32(), body.GetProperty("newValues").GetInt32()));
        var again = await PostAsync(Header + "2020-06,NE,referrals,204\n", "?dryRun=true");
        Assert.Equal(1, again.Body.GetProperty("newValues").GetInt32());
    }

    [Fact]
    public async Task A_valid_file_is_committed_and_a_restatement_lists_old_and_new()
    {
        var (status, body) = await PostAsync(Header + "2020-06,NE,referrals,204\n");
        var restated = await PostAsync(Header + "2020-06,NE,referrals,210\n");

        Assert.Equal((HttpStatusCode.OK, "committed"), (status, body.GetProperty("outcome").GetString()));
        Assert.True(body.GetProperty("importId").GetInt64() > 0);
        var change = Assert.Single(restated.Body.GetProperty("changes").EnumerateArray());
        Assert.Equal("{\"metric\":\"referrals\",\"area\":\"NE\",\"period\":\"2020-06\",\"oldValue\":204,\"oldStatus\":\"Actual\",\"newValue\":210,\"newStatus\":\"Actual\"}",
            change.GetRawText());
    }

    [Fact]
    public async Task A_file_with_problems_answers_400_with_every_error()
    {
        var (status, body) = await PostAsync(Header + "2020-06,NE,nope,1\n2020-06,XX,referrals,1\n");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("outcome").GetString());
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("{\"file\":\"june.csv\",\"row\":3,\"column\":\"area\",\"value\":\"XX\",\"message\":\"Unknown area 'XX'; expected an area code or name such as SCC, NE, NW, SE, SW\"}",
            errors[1].GetRawText());
    }

    [Fact]
    public async Task A_request_without_a_file_field_answers_400_saying_what_to_send()
    {
        var (status, body) = await PostAsync(Header, field: "upload");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The file was sent in the field 'upload'; post the CSV file as multipart/form-data in a field named 'file'",
            Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_wide_template_lists_every_metric_with_a_column_per_area_for_the_next_month()
    {
        var template = await _client!.GetStringAsync(new Uri("/import/templates/wide.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        // The catalogue database has no figures yet, so the template is for the current month.
        var month = DateTime.Now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var lines = template.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,metric,SCC,NE,NW,SE,SW", lines[0]);
        Assert.Equal($"{month},audits-outstanding,,,,,", lines[1]);
        Assert.Equal(26, lines.Length);
    }

    [Fact]
    public async Task The_long_template_has_a_row_for_every_metric_and_area()
    {
        var template = await _client!.GetStringAsync(new Uri("/import/templates/long.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        var lines = template.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,area,metric,value,numerator,denominator,status,note", lines[0]);
        Assert.Equal(1 + (25 * 5), lines.Length);
        Assert.EndsWith(",SW,complaints,,,,,", lines[^1], StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
