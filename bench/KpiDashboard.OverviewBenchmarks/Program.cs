using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using KpiDashboard.OverviewBenchmarks;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.ReadApi;
using KpiDashboard.Web.Features.Spc;
using KpiDashboard.Web.Hosting;
using Npgsql;

// Speed of the overview and the detail series on a database holding many authorities, beside hand-written SQL
// fetching the same rows in the same run, and beside the figures view as it was before the roll-up rules moved into
// the catalogue (figures-before.sql, created as figures_before): before and after on the same data in the same run. Usage: dotnet run -c Release --project bench/KpiDashboard.OverviewBenchmarks [iterations]
// With --plan, times only the publication plan. With --explain, prints PostgreSQL's plans of the overview's queries for the authority instead of timing them.
var explain = args.Contains("--explain");
var iterations = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(50);
var root = Path.Combine(Path.GetTempPath(), "kpi-overview-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    await using var cluster = await PostgresCluster.StartAsync(root, durable: false);
    await cluster.CreateDatabaseIfMissingAsync("bench");
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        // The web app's name, so that its static files manifests (copied beside the benchmark) are found.
        ApplicationName = "KpiDashboard.Web", EnvironmentName = "Benchmark", ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Kpi"] = cluster.ConnectionString("bench"),
        ["Database:ApplyMigrationsOnStart"] = "true",
        ["Database:SeedOnStart"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    });
    builder.AddKpiDashboard();
    // For the per-view measurements: served on a free port, with the build's static files (blazor.web.js) outside Development.
    builder.WebHost.UseStaticWebAssets();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    await using var app = builder.Build();
    app.UseKpiDashboard();
    await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
    var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
    await ExecuteAsync(dataSource, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "figures-before.sql")));

    var generating = System.Diagnostics.Stopwatch.StartNew();
    await BenchData.GenerateAsync(dataSource);
    Console.WriteLine($"Generated {await ScalarAsync(dataSource, "select count(*) from observations"):N0} figures for " +
        $"{await ScalarAsync(dataSource, "select count(*) from areas")} areas and {BenchData.Metrics} metrics in {generating.Elapsed.TotalSeconds:0.0} s.");

    var overview = app.Services.GetRequiredService<OverviewQuery>();
    var spc = app.Services.GetRequiredService<SpcQuery>();
    var observations = app.Services.GetRequiredService<ObservationsQuery>();
    var dataQuality = app.Services.GetRequiredService<KpiDashboard.Web.Features.DataQuality.DataQualityQuery>();
    var month = BenchData.LastMonth;
    var authorityId = (int)await ScalarAsync(dataSource, "select id from areas where code = 'LA9'");
    var subAreaId = (int)await ScalarAsync(dataSource, "select id from areas where code = 'LA9-3'");
    var metricId = (int)await ScalarAsync(dataSource, "select id from metrics where code = 'metric-2'");
    var shareId = (int)await ScalarAsync(dataSource, $"select id from metrics where code = 'metric-{BenchData.ShareEvery}'");
    // The overview's one statement and a detail series, on the view as it was (before) and as it is (after).
    var overviewBefore = FiguresView.Before(OverviewSql.Text);
    const string Series = "select period, value, numerator, denominator, status from figures where metric_id = $1 and area_id = $2 order by period";
    // The hand-written reference names the catalogue's metrics, as the app does, so PostgreSQL descends the key
    // (metric_id, area_id, period) once per metric instead of scanning the table for the area.
    var metricIds = (int[])await ScalarAsync(dataSource, "select array_agg(id order by id) from metrics");

    if (args.Contains("--keep"))
    {
        // For tuning by hand: psql against the generated data until the process is stopped.
        Console.WriteLine($"Keeping the cluster: {cluster.ConnectionString("bench")} (socket folder {root})");
        await Task.Delay(TimeSpan.FromMinutes(30));
        return;
    }

    if (explain)
    {
        await ExplainAsync(dataSource, OverviewSql.Text.Replace("@area", "$1", StringComparison.Ordinal).Replace("@month", "$2::date", StringComparison.Ordinal), authorityId, month);
        await ExplainAsync(dataSource, FiguresView.Before(OverviewSql.Text).Replace("@area", "$1", StringComparison.Ordinal).Replace("@month", "$2::date", StringComparison.Ordinal), authorityId, month);
        foreach (var (view, id) in new[] { (Series, metricId), (FiguresView.Before(Series), metricId), (Series, shareId), (FiguresView.Before(Series), shareId) })
        {
            await ExplainAsync(dataSource, view, id, authorityId);
        }

        return;
    }

    // The publication plan is decided afresh after every change to the figures or the catalogue, then kept: timed once
    // (cold, as after an import), beside reading the whole figures view it is decided on, the floor of any such step.
    var planner = app.Services.GetRequiredService<PublicationPlanner>();
    var wholeView = System.Diagnostics.Stopwatch.StartNew();
    await RowsAsync(dataSource, "select metric_id, area_id, period, value, numerator, denominator, status from figures");
    wholeView.Stop();
    await ExecuteAsync(dataSource, "update figure_versions set version = version + 1");
    var planning = System.Diagnostics.Stopwatch.StartNew();
    var plan = (await planner.ForAsync(Audience.Public)).Plan;
    planning.Stop();
    var kept = await Timing.OfAsync("Publication plan, kept (the figure version read, no change)", () => planner.ForAsync(Audience.Public), iterations);
    Console.WriteLine($"Publication plan decided afresh for {plan.Grid.Cells.Count():N0} figures ({plan.Suppressed.Count:N0} suppressed): " +
        $"{planning.Elapsed.TotalSeconds:0.00} s, beside {wholeView.Elapsed.TotalSeconds:0.00} s to read the whole figures view alone.");
    if (args.Contains("--plan"))
    {
        Console.WriteLine(kept.Row);
        return;
    }

    var loadBefore = LoadAverage();
    IReadOnlyList<ViewCost> views = [];
    if (!args.Contains("--no-views"))
    {
        await app.StartAsync();
        views = await ViewCost.MeasureAsync(app, "bench",
        [
            ("Overview, authority (60 tiles)", "/?area=LA9"),
            ("Metric detail, authority", "/kpi/metric-2?area=LA9"),
        ]);
    }

    List<Timing> timings =
    [
        kept,
        await Timing.OfAsync("Overview, authority (60 tiles: value, RAG, changes, sparkline, SPC icons, flags)", () => overview.LoadAsync("LA9", month, Audience.Internal), iterations, 50),
        await Timing.OfAsync("Overview, authority, for the public (figures suppressed by the publication plan)", () => overview.LoadAsync("LA9", month, Audience.Public), iterations, 50),
        await Timing.OfAsync("Overview, sub-area", () => overview.LoadAsync("LA9-3", month, Audience.Internal), iterations, 50),
        await Timing.OfAsync("  of which: its one statement (figures, flags' inputs, commentary)", () => OverviewSql.ReadAsync(dataSource, authorityId, month, CancellationToken.None), iterations),
        await Timing.OfAsync("  before: the overview's statement on the figures view before the catalogue's roll-up rules", () => StatementAsync(dataSource, overviewBefore, authorityId, month), iterations),
        await Timing.OfAsync("  after: the same statement on today's figures view", () => StatementAsync(dataSource, OverviewSql.Text, authorityId, month), iterations, 50),
        await Timing.OfAsync("Data-quality flags for the area alone (the overview reads them in its own statement)", () => dataQuality.LoadAsync(authorityId, month, true), iterations),
        await Timing.OfAsync("Hand-written SQL: the area's figures up to the month", () => RowsAsync(dataSource,
            "select metric_id, period, value, status from observations where metric_id = any($1) and area_id = $2 and period <= $3", metricIds, authorityId, month), iterations),
        await Timing.OfAsync("Detail series: XmR chart of one metric and area", () => spc.LoadAsync("metric-2", "LA9", Audience.Internal), iterations, 10),
        await Timing.OfAsync("Detail series: figures with status and RAG", () => observations.LoadAsync("metric-2", authorityId, null, null, Audience.Internal), iterations, 10),
        await Timing.OfAsync("  before: a ratio metric's series (SQL) on the view before", () => RowsAsync(dataSource, FiguresView.Before(Series), metricId, authorityId), iterations),
        await Timing.OfAsync("  after: the same on today's view", () => RowsAsync(dataSource, Series, metricId, authorityId), iterations, 10),
        await Timing.OfAsync($"  before: a share's series (metric-{BenchData.ShareEvery}, computed for the authority) on the view before", () => RowsAsync(dataSource, FiguresView.Before(Series), shareId, authorityId), iterations),
        await Timing.OfAsync("  after: the same on today's view (from its parts)", () => RowsAsync(dataSource, Series, shareId, authorityId), iterations, 10),
        await Timing.OfAsync("Hand-written SQL: one metric's series for the area", () => RowsAsync(dataSource,
            "select period, value, status from observations where metric_id = $1 and area_id = $2 order by period", metricId, authorityId), iterations),
        await Timing.OfAsync("Hand-written SQL: sub-area figures up to the month", () => RowsAsync(dataSource,
            "select metric_id, period, value, status from observations where metric_id = any($1) and area_id = $2 and period <= $3", metricIds, subAreaId, month), iterations),
    ];

    Console.WriteLine();
    Console.WriteLine($"{iterations} runs each after a warm-up of at least {Timing.WarmUpRuns} runs and {Timing.WarmUpTime.TotalSeconds:0} s, " +
        $"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average (1, 5, 15 min) before {loadBefore}, after {LoadAverage()}.");
    Console.WriteLine("| operation | median ms | p95 ms | fastest ms | target ms (p95) |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    timings.ForEach(t => Console.WriteLine(t.Row));
    if (views.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("One view, signed in, after one unmeasured view (Chromium; circuit messages as the browser saw them, before WebSocket compression):");
        Console.WriteLine("| view | SQL statements, plain GET | SQL statements, browser view | HTML KB (identity / brotli) | circuit KB to the browser | circuit KB from the browser |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var view in views)
        {
            Console.WriteLine(view.Row);
        }

        await app.StopAsync();
    }

    Environment.ExitCode = timings.All(t => t.TargetMs is null || t.P95Ms < t.TargetMs) ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static async Task<object> ScalarAsync(NpgsqlDataSource dataSource, string sql)
{
    await using var command = dataSource.CreateCommand(sql);
    return await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No result for: {sql}");
}

static async Task ExplainAsync(NpgsqlDataSource dataSource, string sql, params object[] parameters)
{
    await using var command = dataSource.CreateCommand("explain (analyze, costs off) " + sql);
    foreach (var parameter in parameters)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
    }

    await using var reader = await command.ExecuteReaderAsync();
    Console.WriteLine($"\n-- {sql.Split('\n')[0]}");
    while (await reader.ReadAsync())
    {
        Console.WriteLine(reader.GetString(0));
    }
}

static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
{
    await using var command = dataSource.CreateCommand(sql);
    await command.ExecuteNonQueryAsync();
}

static async Task StatementAsync(NpgsqlDataSource dataSource, string sql, int areaId, DateOnly month)
{
    await using var command = dataSource.CreateCommand(sql);
    command.Parameters.Add(new NpgsqlParameter<int?>("area", areaId) { DataTypeName = "integer" });
    command.Parameters.Add(new NpgsqlParameter<DateOnly?>("month", month) { DataTypeName = "date" });
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        _ = reader.GetValue(0);
    }
}

static async Task RowsAsync(NpgsqlDataSource dataSource, string sql, params object[] parameters)
{
    await using var command = dataSource.CreateCommand(sql);
    foreach (var parameter in parameters)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
    }

    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        _ = reader.GetValue(0);
    }
}
