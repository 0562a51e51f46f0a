using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Publication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.Tests.ReadApi;

/// <summary>
/// The read API with <c>Publication__PublicScorecard</c> on: a signed-in caller (an API key) gets the internal view,
/// every figure with its marker; an anonymous caller the public view, suppressed figures as an imported <c>c</c>.
/// </summary>
public sealed class PublicReadApiTests(PostgresServer server) : ApiTest(server)
{
    private const string Uasc = "/api/v1/metrics/uasc/observations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_in_caller_gets_every_figure_marked_and_an_anonymous_caller_the_public_figures()
    {
        await using var app = WithPublicScorecard();
        using var anonymous = app.CreateClient();

        var staff = ByCell(await JsonAsync(Client, Uasc));
        var visitor = ByCell(await JsonAsync(anonymous, Uasc));

        Assert.Equal(staff.Keys.Order(), visitor.Keys.Order());
        var marked = staff.Where(s => s.Value.GetProperty("suppressedWhenPublished").GetBoolean()).ToList();
        Assert.Contains(marked, s => SmallNumber.IsSmall(Number(s.Value, "value")));
        Assert.Contains(staff, s => !s.Value.GetProperty("suppressedWhenPublished").GetBoolean());
        Assert.All(staff, s =>
        {
            var shown = visitor[s.Key];
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("suppressedWhenPublished").ValueKind);
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("suppressionReason").ValueKind);
            if (s.Value.GetProperty("suppressedWhenPublished").GetBoolean())
            {
                Assert.False(string.IsNullOrEmpty(s.Value.GetProperty("suppressionReason").GetString()));
                Assert.Equal((null, null, null, "suppressed", "no-data"),
                    (Number(shown, "value"), Number(shown, "numerator"), Number(shown, "denominator"), shown.GetProperty("status").GetString(), shown.GetProperty("rag").GetString()));
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, s.Value.GetProperty("suppressionReason").ValueKind);
                Assert.Equal((Number(s.Value, "value"), s.Value.GetProperty("status").GetString()), (Number(shown, "value"), shown.GetProperty("status").GetString()));
            }
        });
    }

    [Fact]
    public async Task The_public_csv_writes_a_suppressed_figure_as_an_imported_c_and_no_count_from_1_to_5()
    {
        await using var app = WithPublicScorecard();
        using var anonymous = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Uasc);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var suppressed = rows.Where(r => r[6] == "suppressed").ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, r => Assert.Equal(",,,suppressed,no-data", string.Join(',', r[3..8])));
        Assert.All(rows, r => Assert.Equal(",", string.Join(',', r[9..])));
        Assert.DoesNotContain(rows, r => r[3..6].Any(cell => decimal.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var n) && SmallNumber.IsSmall(n)));
    }

    [Fact]
    public async Task Publicly_a_series_with_a_suppressed_point_has_no_spc_limits_or_signals_while_staff_see_them()
    {
        await using var app = WithPublicScorecard();
        using var anonymous = app.CreateClient();

        var staff = await JsonAsync(Client, "/api/v1/metrics/uasc/spc?area=SW");
        var visitor = await JsonAsync(anonymous, "/api/v1/metrics/uasc/spc?area=SW");
        var published = ByCell(await JsonAsync(anonymous, Uasc + "?area=SW"));

        Assert.True(staff.GetProperty("signalsShown").GetBoolean());
        Assert.Equal(JsonValueKind.Number, staff.GetProperty("upperLimit").ValueKind);
        Assert.False(visitor.GetProperty("signalsShown").GetBoolean());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, 0, JsonValueKind.Null),
            (visitor.GetProperty("mean").ValueKind, visitor.GetProperty("upperLimit").ValueKind, visitor.GetProperty("variationIcon").ValueKind,
             visitor.GetProperty("partitions").GetArrayLength(), visitor.GetProperty("assuranceIcon").ValueKind));
        var points = visitor.GetProperty("points").EnumerateArray().ToList();
        Assert.All(points, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("class").ValueKind));
        Assert.Equal(
            published.Where(p => p.Value.GetProperty("value").ValueKind == JsonValueKind.Number).Select(p => (p.Key.Period, Number(p.Value, "value"))).Order(),
            points.Select(p => (p.GetProperty("month").GetString()!, (decimal?)p.GetProperty("value").GetDecimal())).Order());
        Assert.Contains(published.Values, p => p.GetProperty("status").GetString() == "suppressed");
    }

    private WebApplicationFactory<Program> WithPublicScorecard() =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting("Publication:PublicScorecard", "true"));

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static Dictionary<(string Period, string Area), JsonElement> ByCell(JsonElement rows) =>
        rows.EnumerateArray().ToDictionary(r => (r.GetProperty("period").GetString()!, r.GetProperty("area").GetString()!));

    private static decimal? Number(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Number ? row.GetProperty(name).GetDecimal() : null;
}
