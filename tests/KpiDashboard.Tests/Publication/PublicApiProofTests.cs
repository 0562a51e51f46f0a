using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// The suppression proof through a real channel: random data sets full of small counts (fixed seeds) written into
/// PostgreSQL as imported observations, the parents and shares computed by the figures view, and read back by an
/// anonymous caller of the read API with the public scorecard on, as JSON and as CSV. Nothing the API sends may show
/// a count from 1 to 5 of a measure about children, or let a suppressed figure be worked out (<see cref="PublicReader"/>).
/// </summary>
public sealed class PublicApiProofTests(PostgresServer server) : ApiTest(server)
{
    private const int DataSetsPerBatch = 10;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int> Batches => [0, 1, 2, 3];

    protected override Task<string> CreateDatabaseAsync(PostgresServer postgres) => postgres.CreateCatalogueDatabaseAsync();

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Nothing_the_public_api_sends_shows_a_small_count_or_lets_a_suppressed_figure_be_worked_out(int batch)
    {
        var watch = Stopwatch.StartNew();
        await using var app = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Publication:PublicScorecard", "true")
            .UseSetting("Access:PublicApiCallsPerMinute", "100000")
            .UseSetting("Access:ApiCallsPerMinute", "100000"));
        var database = new ProofDatabase(app.Services.GetRequiredService<IDbContextFactory<KpiDbContext>>());
        await database.CreateCatalogueAsync(Ct);
        using var anonymous = app.CreateClient();
        using var staff = await app.CreateClient().WithKeyAsync(app.Services);
        var findings = new List<string>();
        var (suppressed, relations) = (0, 0);

        foreach (var seed in Enumerable.Range(10_000 + batch * DataSetsPerBatch, DataSetsPerBatch))
        {
            var (grid, catalogue) = new RandomPublicationData(seed).Next();
            await database.WriteAsync(grid, catalogue, Ct);
            var truth = await database.FiguresAsync(Ct);
            var read = await ReadAsync(anonymous, staff, catalogue);
            var json = new PublicOutput(truth, read.Json, catalogue);
            var csv = new PublicOutput(truth, read.Csv, catalogue);
            var reader = new PublicReader(json);

            findings.AddRange(Differences(read).Concat(Markers(json, read.Staff)).Concat(json.SmallNumbersShown()).Concat(csv.SmallNumbersShown())
                .Concat(reader.Recovered()).Concat(new PublicReader(csv).Recovered()).Select(f => $"Seed {seed}: {f}"));
            suppressed += truth.Cells.Count(c => c.HasValue && !json.IsShown(c.Key));
            relations += reader.System.RelationCount;
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Take(10)));
        Assert.True(suppressed > DataSetsPerBatch, $"Only {suppressed} suppressed figures in {DataSetsPerBatch} data sets.");
        Assert.True(relations > DataSetsPerBatch, $"Only {relations} relations with unknowns in {DataSetsPerBatch} data sets.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{DataSetsPerBatch} data sets took {watch.Elapsed}; the proof must stay cheap enough to run every time.");
    }

    private sealed record Answers(
        IReadOnlyDictionary<CellKey, PublishedFigure> Json, IReadOnlyDictionary<CellKey, PublishedFigure> Csv, IReadOnlyDictionary<CellKey, PublishedFigure> Staff);

    /// <summary>Every proof measure's observations, all areas: anonymously as JSON and CSV, and with a key (the internal view, for the reasons).</summary>
    private static async Task<Answers> ReadAsync(HttpClient anonymous, HttpClient staff, PublicationCatalogue catalogue)
    {
        var (json, csv, marked) = (new List<PublishedFigure>(), new List<PublishedFigure>(), new List<PublishedFigure>());
        foreach (var rule in catalogue.Metrics)
        {
            var path = $"/api/v1/metrics/{ProofDatabase.Prefix}{rule.Metric}/observations";
            json.AddRange(PublicApiFigures.FromJson(await JsonAsync(anonymous, path)));
            csv.AddRange(PublicApiFigures.FromCsv(await CsvAsync(anonymous, path)));
            marked.AddRange(PublicApiFigures.FromJson(await JsonAsync(staff, path)));
        }

        var internalView = marked.ToDictionary(f => f.Key);
        // The public answer carries no reason; the internal view's names it in any finding.
        return new Answers(
            json.ToDictionary(f => f.Key, f => f with { Reason = internalView[f.Key].Reason }),
            csv.ToDictionary(f => f.Key, f => f with { Reason = internalView[f.Key].Reason }),
            internalView);
    }

    private static IEnumerable<string> Differences(Answers read) =>
        read.Json.Keys.Union(read.Csv.Keys).Where(k => read.Json.GetValueOrDefault(k) != read.Csv.GetValueOrDefault(k))
            .Select(k => $"{k}: the JSON says {read.Json.GetValueOrDefault(k)}, the CSV {read.Csv.GetValueOrDefault(k)}");

    /// <summary>The internal view marks exactly the figures the public does not see.</summary>
    private static IEnumerable<string> Markers(PublicOutput shown, IReadOnlyDictionary<CellKey, PublishedFigure> staff) =>
        shown.Truth.Cells.Where(c => c.HasValue && shown.IsShown(c.Key) == staff[c.Key].SuppressedWhenPublished)
            .Select(c => $"{c.Key} is {(shown.IsShown(c.Key) ? "shown" : "suppressed")} publicly but marked {staff[c.Key].SuppressedWhenPublished} internally");

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<string> CsvAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
