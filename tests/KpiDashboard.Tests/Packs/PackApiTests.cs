using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Import;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Packs;

/// <summary>The packs over the read API, on the seed's two packs: 1 published for June 2020, 2 the draft for September.</summary>
public sealed class PackApiTests(PostgresServer server) : ApiTest(server)
{
    private const int Published = 1;
    private const int Draft = 2;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_viewer_lists_the_published_packs_only_and_a_presenter_the_drafts_too()
    {
        using var viewer = await ClientWithKeyAsync(TestUsers.For(Roles.Viewer));
        using var presenter = await ClientWithKeyAsync(TestUsers.For(Roles.Presenter));

        var seen = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/packs", Ct);
        var all = await presenter.GetFromJsonAsync<JsonElement>("/api/v1/packs", Ct);

        var pack = Assert.Single(seen.EnumerateArray());
        Assert.Equal((Published, "Children, Families and Lifelong Learning Select Committee, 30 June 2020", "2020-06-30", "2020-06", "published"),
            (pack.GetProperty("id").GetInt32(), pack.GetProperty("title").GetString(), pack.GetProperty("meetingDate").GetString(),
             pack.GetProperty("reportingMonth").GetString(), pack.GetProperty("status").GetString()));
        Assert.Equal(new DateTimeOffset(2020, 6, 22, 9, 0, 0, TimeSpan.Zero), pack.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal([Draft, Published], all.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task A_published_pack_is_its_frozen_content_and_a_revised_figure_carries_its_current_value_and_when_it_changed()
    {
        var restated = await Services.GetRequiredService<ImportService>().ImportAsync(
            PackFixtures.Csv("2020-06,NE,audits-inadequate-pct,31,,"), "restated.csv", TestUsers.Analyst, dryRun: false, Ct);
        Assert.Equal(ImportOutcome.Committed, restated.Outcome);
        using var viewer = await ClientWithKeyAsync(TestUsers.For(Roles.Viewer));

        var pack = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/packs/{Published}", Ct);

        Assert.Equal(("published", "2020-06-01", 8), (pack.GetProperty("status").GetString(), pack.GetProperty("reportingMonth").GetString(), pack.GetProperty("slides").GetArrayLength()));
        var trend = pack.GetProperty("slides").EnumerateArray().Single(s => Text(s, "metricCode") == "audits-inadequate-pct" && Text(s, "view") == "trend");
        var june = trend.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("month").GetString() == "2020-06-01");
        Assert.Equal((29.2m, "red", 10m, 20m), (june.GetProperty("value").GetDecimal(), june.GetProperty("rag").GetString(), june.GetProperty("green").GetDecimal(), june.GetProperty("red").GetDecimal()));
        Assert.Equal(31m, june.GetProperty("revised").GetProperty("value").GetDecimal());
        Assert.True(june.GetProperty("revised").GetProperty("revisedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.False(trend.GetProperty("figures")[0].TryGetProperty("revised", out _));
        Assert.StartsWith("Members asked why 29%", trend.GetProperty("speakerNotes").GetString());
        Assert.StartsWith("Figures on this slide have been revised since the pack was published:", trend.GetProperty("revisionNotice").GetString());
        Assert.Equal("line", trend.GetProperty("chart").GetProperty("type").GetString());
    }

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Theory]
    [InlineData("Viewer", Draft, HttpStatusCode.NotFound, "There is no published pack with the id 2. GET /api/v1/packs lists them.")]
    [InlineData("Presenter", 999, HttpStatusCode.NotFound, "There is no published pack with the id 999. GET /api/v1/packs lists them.")]
    [InlineData("Viewer", -1, HttpStatusCode.BadRequest, "A pack id is a whole number, such as 1; '-1' is not. GET /api/v1/packs lists them.")]
    public async Task Unknown_packs_and_drafts_a_viewer_may_not_see_are_answered_with_a_problem_sentence(string role, int id, HttpStatusCode status, string detail)
    {
        using var client = await ClientWithKeyAsync(TestUsers.For(role));

        using var response = await client.GetAsync(new Uri($"/api/v1/packs/{id}", UriKind.Relative), Ct);

        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_presenter_reads_a_draft_with_live_figures_and_anonymous_callers_get_401()
    {
        using var presenter = await ClientWithKeyAsync(TestUsers.For(Roles.Presenter));
        using var anonymous = AnonymousClient();

        var draft = await presenter.GetFromJsonAsync<JsonElement>($"/api/v1/packs/{Draft}", Ct);
        using var refused = await anonymous.GetAsync(new Uri($"/api/v1/packs/{Published}", UriKind.Relative), Ct);

        Assert.Equal(("draft", "since-last-meeting"), (draft.GetProperty("status").GetString(), draft.GetProperty("slides")[1].GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_viewer_opening_a_draft_page_is_told_there_is_no_published_pack_and_sees_no_draft_in_the_list()
    {
        using var viewer = await AnonymousClient().SignInAsync(TestUsers.For(Roles.Viewer));

        using var draft = await viewer.GetAsync(new Uri($"/packs/{Draft}", UriKind.Relative), Ct);
        var list = await viewer.GetStringAsync(new Uri("/packs", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Contains("There is no published pack 2: drafts are open to Presenters and Admins only.", await draft.Content.ReadAsStringAsync(Ct));
        Assert.Contains("30 June 2020", list);
        Assert.DoesNotContain("21 September 2020", list);
        Assert.DoesNotContain("Start a pack", list);
    }
}
