// Measures the whole import (parse, validate, stage, merge, keep history) against PostgreSQL's own
// COPY of the same file into an unindexed table, in one run on one throwaway cluster.
// Then the hostile files of HostileFiles (issue 10), each a dry run: answer size and peak working set.
// Usage: dotnet run -c Release --project bench/KpiDashboard.Benchmarks [-- --months N | --hostile-only]
using System.Globalization;
using KpiDashboard.Benchmarks;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Seed;
using KpiDashboard.Web.Hosting;
using Npgsql;

const int Areas = 153;
const int Metrics = 60;
const int Rounds = 3;
var monthCount = args.Length == 2 && args[0] == "--months" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 109;
var hostileOnly = args is ["--hostile-only"];

var seedDirectory = FindSeedData();
var work = Directory.CreateTempSubdirectory("kpi-bench-");
var today = DateOnly.FromDateTime(DateTime.Now);
var months = Enumerable.Range(0, monthCount).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i - monthCount + 1)).ToList();
var original = Path.Combine(work.FullName, "original.csv");
var restated = Path.Combine(work.FullName, "restated.csv");
var restatedAgain = Path.Combine(work.FullName, "restated-again.csv");
var rows = LongFile.Write(original, Areas, Metrics, months, offset: 0);
LongFile.Write(restated, Areas, Metrics, months, offset: 1);
LongFile.Write(restatedAgain, Areas, Metrics, months, offset: 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{rows:N0} rows ({Areas} areas x {Metrics} metrics x {monthCount} months), {new FileInfo(original).Length / 1048576.0:0.0} MB; .NET {Environment.Version}, {Environment.ProcessorCount} cores"));

// Not inside the work folder: CreateTempSubdirectory makes it private, and PostgreSQL may run as another user.
var clusterRoot = Path.Combine(Path.GetTempPath(), "kpi-bench-pg-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var cluster = await PostgresCluster.StartAsync(clusterRoot, durable: false);
try
{
    var results = new List<Measurement>();
    var postgresCpu = new ClusterCpu(Path.Combine(clusterRoot, "data"));
    // First, in an app of their own, so that the peak working set is theirs and not what the million-row runs left.
    var hostile = await MeasureHostileFilesAsync(cluster, seedDirectory, work.FullName, postgresCpu);
    if (hostileOnly)
    {
        Console.WriteLine(Measurement.Header);
        hostile.ForEach(h => Console.WriteLine(h.Measurement));
        hostile.ForEach(h => Console.WriteLine($"{h.Measurement.Name}: {h.Answer}"));
        return 0;
    }

    await using (var bench = await BenchApp.CreateAsync(cluster, "bench", seedDirectory))
    {
        var dataSource = bench.Get<NpgsqlDataSource>();
        await Catalogue.InsertAsync(dataSource, Areas, Metrics);
        var importer = bench.Get<ImportService>();

        // Warm-up: JIT and connection pool for both sides and every path the runs take (the all-new load,
        // a dry run, the merge), on a smaller file; then the tables are emptied again.
        var warmUp = Path.Combine(work.FullName, "warm-up.csv");
        var warmUpRestated = Path.Combine(work.FullName, "warm-up-restated.csv");
        LongFile.Write(warmUp, 40, Metrics, months.TakeLast(24).ToList(), offset: 0);
        LongFile.Write(warmUpRestated, 40, Metrics, months.TakeLast(24).ToList(), offset: 1);
        await RawCopyAsync(dataSource, warmUp);
        await ImportAsync(importer, warmUp, dryRun: false);
        await ImportAsync(importer, warmUpRestated, dryRun: true);
        await ImportAsync(importer, warmUpRestated, dryRun: false);

        // The pair that sets the target, taken in turns with PostgreSQL's own floor (f: the same figures, already
        // checked, into an empty table with the columns and checks of observations, its key built afterwards as
        // the import into an empty table does), so that a busy moment of a shared machine hits all three alike.
        var checkedFigures = Path.Combine(work.FullName, "checked-figures.txt");
        List<Measurement> copies = [], imports = [], floors = [];
        for (var round = 0; round < Rounds; round++)
        {
            await EmptyAsync(dataSource);
            copies.Add(await Measurement.RunAsync("", postgresCpu, () => RawCopyAsync(dataSource, original)));
            imports.Add(await Measurement.RunAsync("", postgresCpu, () => ImportAsync(importer, original, dryRun: false)));
            if (round == 0)
            {
                await ExportObservationsAsync(dataSource, checkedFigures);
            }

            floors.Add(await Measurement.RunAsync("", postgresCpu, () => CopyCheckedFiguresAsync(dataSource, checkedFigures)));
        }

        await using (var drop = dataSource.CreateCommand("drop table checked_figures"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        results.Add(Measurement.Median(copies, $"(a) COPY ... FROM STDIN (FORMAT csv), unindexed, median of {Rounds}"));
        results.Add(Measurement.Median(imports, $"(b) ImportService, empty database, median of {Rounds}"));
        results.Add(Measurement.Median(floors, $"(f) PostgreSQL alone: checked figures, COPY + key, median of {Rounds}"));
        results.Add(await Measurement.RunAsync("(c) ImportService, every value restated", postgresCpu, () => ImportAsync(importer, restated, dryRun: false)));
        results.Add(await Measurement.RunAsync("(d) ImportService dry run (preview) of a restatement", postgresCpu, () => ImportAsync(importer, restatedAgain, dryRun: true)));
        // The restatement's floor: every figure restated again (back to the original file's, already checked), by
        // PostgreSQL alone with the importer's merge SQL; the same count of changes and revisions as (c).
        results.Add(await Measurement.RunAsync("(k) PostgreSQL alone: the restatement's staged changes and revisions as set SQL", postgresCpu, () => RestatementFloor.ApplyAsync(dataSource, checkedFigures)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rounds, wall seconds: (a) {Seconds(copies)}; (b) {Seconds(imports)}; (f) {Seconds(floors)}"));
    }

    await using (var seed = await BenchApp.CreateAsync(cluster, "seed", seedDirectory))
    {
        await seed.Get<SeedLoader>().LoadCatalogueAsync(seedDirectory, CancellationToken.None);
        var importer = seed.Get<ImportService>();
        var files = Directory.GetFiles(Path.Combine(seedDirectory, "observations"), "*.csv").Order(StringComparer.Ordinal).ToList();
        results.Add(await Measurement.RunAsync($"(e) the seed's {files.Count} files (36 months), one after another", postgresCpu, async () =>
        {
            foreach (var file in files)
            {
                await ImportAsync(importer, file, dryRun: false);
            }
        }));
    }

    Console.WriteLine();
    Console.WriteLine(Measurement.Header);
    results.ForEach(Console.WriteLine);
    hostile.ForEach(h => Console.WriteLine(h.Measurement));
    hostile.ForEach(h => Console.WriteLine($"{h.Measurement.Name}: {h.Answer}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\nImport / raw COPY: {results[1].Elapsed / results[0].Elapsed:0.00}x (b), {results[3].Elapsed / results[0].Elapsed:0.0}x (c); PostgreSQL alone with the checked figures / raw COPY: {results[2].Elapsed / results[0].Elapsed:0.00}x (f); import / PostgreSQL alone: {results[1].Elapsed / results[2].Elapsed:0.00}x; restatement / its floor: {results[3].Elapsed / results[5].Elapsed:0.00}x (c / k, target 1.5x)"));
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await cluster.DisposeAsync();
    Directory.Delete(clusterRoot, recursive: true);
    work.Delete(recursive: true);
}

return 0;

static async Task<List<(Measurement Measurement, string Answer)>> MeasureHostileFilesAsync(PostgresCluster cluster, string seedDirectory, string folder, ClusterCpu postgresCpu)
{
    await using var app = await BenchApp.CreateAsync(cluster, "hostile", seedDirectory);
    await Catalogue.InsertAsync(app.Get<NpgsqlDataSource>(), 153, 60);
    var importer = app.Get<ImportService>();
    var files = HostileFiles.Write(folder);
    var measured = new List<(Measurement, string)>();
    var letter = 'g';
    foreach (var (name, path) in files)
    {
        var answer = "";
        var size = new FileInfo(path).Length / 1048576.0;
        var measurement = await Measurement.RunAsync(string.Create(CultureInfo.InvariantCulture, $"({letter++}) hostile: {name} ({size:0} MB)"), postgresCpu,
            async () => answer = await HostileFiles.CheckAsync(importer, path));
        measured.Add((measurement, answer));
        File.Delete(path);
    }

    return measured;
}

static async Task RawCopyAsync(NpgsqlDataSource dataSource, string path)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using (var create = new NpgsqlCommand("drop table if exists raw_copy; create unlogged table raw_copy (period text, area text, metric text, value numeric)", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    // As psql's \copy does: the file's text, streamed as it is, parsed by the server.
    using var file = new StreamReader(path);
    await using var copy = await connection.BeginTextImportAsync("copy raw_copy from stdin (format csv, header true)");
    await PumpAsync(file, copy);
}

static async Task ExportObservationsAsync(NpgsqlDataSource dataSource, string path)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    using var reader = await connection.BeginTextExportAsync("copy observations to stdout");
    await using var file = new StreamWriter(path);
    await PumpAsync(reader, file);
}

static async Task CopyCheckedFiguresAsync(NpgsqlDataSource dataSource, string path)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using (var create = new NpgsqlCommand("drop table if exists checked_figures; create table checked_figures (like observations including constraints)", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    using (var file = new StreamReader(path))
    {
        await using var copy = await connection.BeginTextImportAsync("copy checked_figures from stdin");
        await PumpAsync(file, copy);
    }

    await using var key = new NpgsqlCommand("set maintenance_work_mem = '256MB'; alter table checked_figures add primary key (metric_id, area_id, period)", connection);
    await key.ExecuteNonQueryAsync();
}

static async Task PumpAsync(TextReader from, TextWriter to)
{
    var buffer = new char[1 << 16];
    int read;
    while ((read = await from.ReadAsync(buffer)) > 0)
    {
        await to.WriteAsync(buffer.AsMemory(0, read));
    }
}

static string Seconds(IEnumerable<Measurement> runs) =>
    string.Join(" ", runs.Select(r => r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));

static async Task EmptyAsync(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("truncate observations, observation_revisions, imports");
    await command.ExecuteNonQueryAsync();
}

static async Task ImportAsync(ImportService importer, string path, bool dryRun)
{
    await using var file = File.OpenRead(path);
    var result = await importer.ImportAsync(file, Path.GetFileName(path), new KpiDashboard.Web.Features.Access.Actor("benchmark", null), dryRun);
    if (!result.Succeeded)
    {
        throw new InvalidOperationException($"{path}: {result.Errors.Count} error(s), first: {result.Errors[0]}");
    }
}

static string FindSeedData()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "seed-data")))
        {
            return Path.Combine(dir.FullName, "seed-data");
        }
    }

    throw new DirectoryNotFoundException("No seed-data folder above the benchmark.");
}
