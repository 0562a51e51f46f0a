using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Spc;
using Npgsql;

namespace KpiDashboard.Tests.ReadApi;

public sealed class ReadApiTests(PostgresServer server) : ApiTest(server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<(HttpStatusCode Status, string Detail)> GetProblemAsync(string url)
    {
        var response = await Client.GetAsync(url, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (response.StatusCode, body.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task The_catalogue_lists_every_metric_with_the_targets_in_force_now()
    {
        var metrics = await GetJsonAsync("/api/v1/metrics");

        Assert.Equal(25, metrics.GetArrayLength());
        var inadequate = metrics.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "audits-inadequate-pct");
        var target = Assert.Single(inadequate.GetProperty("targets").EnumerateArray());
        Assert.Equal(("lower-is-better", "share", "2020-04", 10m, 20m),
            (inadequate.GetProperty("polarity").GetString(), inadequate.GetProperty("rollup").GetString(),
             target.GetProperty("effectiveFrom").GetString(), target.GetProperty("green").GetDecimal(), target.GetProperty("red").GetDecimal()));
        var vacancies = metrics.EnumerateArray().Single(m => m.GetProperty("code").GetString() == "vacancies-fte");
        Assert.Equal("SCC", Assert.Single(vacancies.GetProperty("targets").EnumerateArray()).GetProperty("area").GetString());
    }

    [Fact]
    public async Task Observations_carry_status_and_rag_for_the_months_asked_for()
    {
        var rows = await GetJsonAsync("/api/v1/metrics/audits-inadequate-pct/observations?area=NE&from=2020-05&to=2020-06");

        Assert.Equal(
            ["2020-05 NE 27.3 actual red", "2020-06 NE 29.2 actual red"],
            rows.EnumerateArray().Select(r => $"{r.GetProperty("period").GetString()} {r.GetProperty("area").GetString()} " +
                $"{r.GetProperty("value").GetDecimal()} {r.GetProperty("status").GetString()} {r.GetProperty("rag").GetString()}"));
    }

    [Fact]
    public async Task Observations_come_as_csv_when_asked_for_with_withheld_figures_empty()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/metrics/uasc/observations?area=SW&from=2018-04&to=2018-06");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await Client.SendAsync(request, Ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,area,metric,value,numerator,denominator,status,rag,computed,suppressed_when_published,suppression_reason", lines[0]);
        Assert.Equal("2018-04,SW,uasc,,,,suppressed,no-data,false,true,withheld", lines[1]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Observations_of_every_area_include_the_computed_authority_figure_when_none_was_imported()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var delete = new NpgsqlCommand("delete from observations where area_id = (select id from areas where code = 'SCC')", connection);
            await delete.ExecuteNonQueryAsync(Ct);
        }

        var rows = await GetJsonAsync("/api/v1/metrics/audits-inadequate-pct/observations?from=2020-06&to=2020-06");

        var authority = rows.EnumerateArray().First();
        Assert.Equal(5, rows.GetArrayLength());
        Assert.Equal(("SCC", 20m, 18m, 90m, "amber", true),
            (authority.GetProperty("area").GetString(), authority.GetProperty("value").GetDecimal(), authority.GetProperty("numerator").GetDecimal(),
             authority.GetProperty("denominator").GetDecimal(), authority.GetProperty("rag").GetString(), authority.GetProperty("computed").GetBoolean()));
    }

    [Theory]
    [InlineData("/api/v1/metrics/audits-inadequate-pct/observations?from=June", HttpStatusCode.BadRequest, "The month 'from' must be written YYYY-MM, such as 2020-06; 'June' is not.")]
    [InlineData("/api/v1/metrics/audits-inadequate-pct/observations?from=2020-06&to=2020-01", HttpStatusCode.BadRequest, "The month 'from' (2020-06) is after the month 'to' (2020-01).")]
    [InlineData("/api/v1/metrics/nope/observations", HttpStatusCode.NotFound, "There is no metric with the code 'nope'. GET /api/v1/metrics lists them.")]
    [InlineData("/api/v1/metrics/referrals/observations?area=XX", HttpStatusCode.NotFound, "There is no area with the code 'XX'.")]
    [InlineData("/api/v1/metrics/referrals/spc?area=XX", HttpStatusCode.NotFound, "There is no area with the code 'XX'.")]
    [InlineData("/api/v1/metrics/nope/spc", HttpStatusCode.NotFound, "There is no metric with the code 'nope'. GET /api/v1/metrics lists them.")]
    public async Task A_bad_request_is_answered_with_a_sentence_saying_what_was_wrong(string url, HttpStatusCode status, string detail) =>
        Assert.Equal((status, detail), await GetProblemAsync(url));

    [Fact]
    public async Task The_spc_chart_gives_the_latest_limits_every_point_and_the_icons_the_engine_computes()
    {
        var spc = await GetJsonAsync("/api/v1/metrics/return-interviews-within-72h/spc?area=SCC");
        var rows = await GetJsonAsync("/api/v1/metrics/return-interviews-within-72h/observations?area=SCC");

        var series = rows.EnumerateArray().Select(r => new SpcInputPoint(
            DateOnly.ParseExact(r.GetProperty("period").GetString()!, "yyyy-MM", null), r.GetProperty("value").GetDecimal())).ToList();
        // The seed recalculates this metric's limits from March 2020 (seed-data/spc-recalculations.csv).
        var expected = XmrChart.Analyse(series, ImprovementDirection.Increase,
            recalculations: [new SpcRecalculation(new DateOnly(2020, 3, 1), "recalculated")], target: 85m);
        var points = spc.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(36, points.Count);
        Assert.Equal(expected.Points.Select(p => (p.Period.ToString("yyyy-MM", null), p.Value, p.Class.ToString().ToLowerInvariant())),
            points.Select(p => (p.GetProperty("month").GetString()!, p.GetProperty("value").GetDecimal(), p.GetProperty("class").GetString()!)));
        Assert.Equal((expected.LatestPartition!.Mean, expected.LatestPartition.UpperLimit, expected.LatestPartition.LowerLimit),
            (spc.GetProperty("mean").GetDecimal(), spc.GetProperty("upperLimit").GetDecimal(), spc.GetProperty("lowerLimit").GetDecimal()));
        Assert.Equal(("improvement-high", expected.Assurance switch { AssuranceIcon.Pass => "pass", AssuranceIcon.Fail => "fail", _ => "hit-or-miss" }),
            (spc.GetProperty("variationIcon").GetString(), spc.GetProperty("assuranceIcon").GetString()));
    }

    [Fact]
    public async Task A_neutral_metric_has_no_assurance_icon()
    {
        var spc = await GetJsonAsync("/api/v1/metrics/referrals/spc");

        Assert.Equal(("SCC", JsonValueKind.Null), (spc.GetProperty("area").GetString(), spc.GetProperty("assuranceIcon").ValueKind));
        Assert.Contains(spc.GetProperty("points").EnumerateArray(), p => p.GetProperty("class").GetString() == "neither");
    }

    [Fact]
    public async Task Benchmarks_come_per_comparator_with_their_periods()
    {
        var series = await GetJsonAsync("/api/v1/metrics/return-interviews-within-72h/benchmarks");

        var england = series.EnumerateArray().First();
        var first = england.GetProperty("points").EnumerateArray().First();
        Assert.Equal(("england", "England", "2018-04", "2019-03", "Apr 2018 to Mar 2019"),
            (england.GetProperty("comparator").GetString(), england.GetProperty("name").GetString(), first.GetProperty("from").GetString(),
             first.GetProperty("to").GetString(), first.GetProperty("period").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "There is no metric with the code 'nope'. GET /api/v1/metrics lists them."),
            await GetProblemAsync("/api/v1/metrics/nope/benchmarks"));
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/metrics", out _));
        Assert.True(paths.TryGetProperty("/api/v1/metrics/{code}/observations", out _));
        Assert.True(paths.TryGetProperty("/api/v1/metrics/{code}/spc", out _));
    }
}
