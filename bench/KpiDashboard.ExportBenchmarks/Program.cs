using System.Diagnostics;
using System.Globalization;
using KpiDashboard.ExportBenchmarks;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Exports;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Exports.Packs;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

// Making the files of a 20-slide pack, end to end (content, HTML, Chromium drawing the charts, PDF or PowerPoint), never
// serving kept ones, beside Chromium alone printing the same drawn page to PDF, in the same run: one warm-up of each,
// then rounds taken in turns. Usage: dotnet run -c Release --project bench/KpiDashboard.ExportBenchmarks [-- --rounds 5]
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(5);
var root = Path.Combine(Path.GetTempPath(), "kpi-export-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
try
{
    await using var cluster = await PostgresCluster.StartAsync(root, durable: false);
    await cluster.CreateDatabaseIfMissingAsync("bench");
    await using var app = await BenchApp.StartAsync(cluster.ConnectionString("bench"));
    var packId = await BenchPack.MakeAsync(app.Services.GetRequiredService<PackService>(), slides: 20);
    var export = app.Services.GetRequiredService<PackExport>();
    var print = app.Services.GetRequiredService<PrintPage>();
    var packs = app.Services.GetRequiredService<PackService>();
    var none = new Progress<ExportProgress>();

    async Task<double> PdfAsync() => await TimeAsync(async () =>
        await export.MakeAsync((await packs.GetContentAsync(packId))!, PackExportFormat.Pdf, none, CancellationToken.None));
    async Task<double> PptxAsync() => await TimeAsync(async () =>
        await export.MakeAsync((await packs.GetContentAsync(packId))!, PackExportFormat.Pptx, none, CancellationToken.None));
    async Task<double> ChromiumAloneAsync()
    {
        var html = await export.PrintHtmlAsync((await packs.GetContentAsync(packId))!);
        return await print.WithPageAsync(html, PackExport.PdfPageSize, page => TimeAsync(() => page.PdfDataAsync(PackExport.PdfOptions)), CancellationToken.None);
    }

    var content = (await packs.GetContentAsync(packId))!;
    var pdfBytes = await export.MakeAsync(content, PackExportFormat.Pdf, none, CancellationToken.None);
    var pptxBytes = await export.MakeAsync(content, PackExportFormat.Pptx, none, CancellationToken.None);
    await ChromiumAloneAsync();

    var times = new Dictionary<string, List<double>> { ["pdf"] = [], ["pptx"] = [], ["chromium"] = [] };
    for (var i = 0; i < rounds; i++)
    {
        times["pdf"].Add(await PdfAsync());
        times["pptx"].Add(await PptxAsync());
        times["chromium"].Add(await ChromiumAloneAsync());
    }

    Console.WriteLine(FormattableString.Invariant(
        $"Pack exports, {content.Slides.Count} slides ({content.Slides.Count(s => s.Chart is not null)} with charts), {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average before {LoadAverage()}, {rounds} rounds in turns."));
    Console.WriteLine();
    Console.WriteLine("| run | median s | fastest s | slowest s | file |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    Row("PDF end to end (content, HTML, Chromium draws the charts and prints)", times["pdf"], $"{pdfBytes.Bytes.Length / 1024} KB");
    Row("PowerPoint end to end (content, Chromium draws the charts, Open XML SDK writes)", times["pptx"], $"{pptxBytes.Bytes.Length / 1024} KB");
    Row("Chromium alone printing the same drawn page to PDF", times["chromium"], "");
    return 0;
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task<double> TimeAsync<T>(Func<Task<T>> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalSeconds;
}

static void Row(string name, List<double> seconds, string file)
{
    var sorted = seconds.Order().ToList();
    Console.WriteLine(FormattableString.Invariant($"| {name} | {sorted[sorted.Count / 2]:0.00} | {sorted[0]:0.00} | {sorted[^1]:0.00} | {file} |"));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
