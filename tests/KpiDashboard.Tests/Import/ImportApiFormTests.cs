using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using Npgsql;

namespace KpiDashboard.Tests.Import;

/// <summary>
/// The import API given malformed or surprising multipart bodies: each is refused with the import's own answer (one
/// problem naming what was wrong), never a 500 and never by quietly using part of it.
/// </summary>
public sealed class ImportApiFormTests(PostgresServer server) : ApiTest(server)
{
    private const string June = "period,area,metric,value\n2021-04,NE,referrals,204\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ByteArrayContent Csv(string text = June) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_multipart_body_without_a_boundary_is_refused_with_a_sentence()
    {
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + June + "\r\n--x--\r\n"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        var (status, message) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The body says multipart/form-data but gives no boundary", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_two_files_is_refused_rather_than_importing_one_of_them()
    {
        using var form = new MultipartFormDataContent { { Csv(), "file", "june.csv" }, { Csv(June.Replace("204", "205", StringComparison.Ordinal)), "file", "july.csv" } };

        var (status, message) = await PostAsync(form, dryRun: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The form has 2 files ('june.csv' in 'file', 'july.csv' in 'file'); send one file per request, in the field 'file'", message);
        Assert.Equal(0L, await ScalarAsync("select count(*) from observations where period = '2021-04-01'"));
    }

    [Fact]
    public async Task A_form_with_too_many_fields_is_refused_before_it_is_read_whole()
    {
        using var form = new MultipartFormDataContent { { Csv(), "file", "june.csv" } };
        for (var i = 0; i < 50; i++)
        {
            form.Add(new StringContent("x"), $"field{i}");
        }

        var (status, message) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The form has more than 8 fields; post the CSV file as multipart/form-data in a field named 'file' and little else", message);
    }

    [Fact]
    public async Task A_file_in_another_field_is_named_in_the_refusal()
    {
        using var form = new MultipartFormDataContent { { Csv(), "upload", "june.csv" } };

        var (status, message) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The file was sent in the field 'upload'; post the CSV file as multipart/form-data in a field named 'file'", message);
    }

    [Fact]
    public async Task A_dry_run_flag_that_is_not_true_or_false_is_refused_in_the_imports_answer()
    {
        using var form = new MultipartFormDataContent { { Csv(), "file", "june.csv" } };

        var (status, message) = await PostAsync(form, query: "?dryRun=perhaps");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The value of 'dryRun' must be true or false; leave it out to import", message);
    }

    [Fact]
    public async Task A_file_name_longer_than_the_history_keeps_is_stored_shortened_with_its_extension()
    {
        var name = new string('n', 1_000) + ".csv";
        using var form = new MultipartFormDataContent();
        var file = Csv();
        // Written by hand, as a script would: the client's own writer would encode a long name its own way.
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{name}\"");
        form.Add(file);

        var (status, message) = await PostAsync(form, dryRun: false);

        Assert.True(status == HttpStatusCode.OK, message);
        var stored = (string)(await ScalarAsync("select file_name from imports order by id desc limit 1"))!;
        Assert.Equal(260, stored.Length);
        Assert.EndsWith("n….csv", stored, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string? Message)> PostAsync(HttpContent body, bool dryRun = true, string? query = null)
    {
        using var response = await Client.PostAsync(new Uri("/api/v1/imports" + (query ?? $"?dryRun={(dryRun ? "true" : "false")}"), UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        var errors = json.RootElement.GetProperty("errors");
        return (response.StatusCode, errors.GetArrayLength() > 0 ? errors[0].GetProperty("message").GetString() : null);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct);
    }
}
