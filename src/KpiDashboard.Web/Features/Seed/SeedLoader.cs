using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Seed;

/// <summary>
/// Loads the catalogue and the illustrative figures in <c>seed-data/</c>. The figures go through the
/// same <see cref="ImportService"/> as an analyst's upload, and loading twice changes nothing:
/// catalogue entries are added only when missing (through <see cref="CatalogueImporter"/>, as <c>catalogue import</c> would), and a file already imported is recognised by its hash.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<KpiDbContext> contextFactory, ImportService importer, CatalogueImporter catalogue, Microsoft.Extensions.Options.IOptions<ImportLimits> limits, SeedPacks packs, ILogger<SeedLoader> logger)
{
    public const string ImportedBy = "seed";

    public async Task LoadAsync(string seedDirectory, CancellationToken cancellationToken)
    {
        await LoadCatalogueAsync(seedDirectory, cancellationToken);
        var files = Directory.GetFiles(Path.Combine(seedDirectory, "observations"), "*.csv").Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var displayName = Path.Combine("seed-data", "observations", Path.GetFileName(path));
            await using var stream = File.OpenRead(path);
            var result = await importer.ImportAsync(stream, displayName, new Actor(ImportedBy, null), dryRun: false, cancellationToken);
            if (result.Outcome == ImportOutcome.Invalid)
            {
                var listed = result.Errors.Take(20).Select(e => "  " + e);
                var more = result.Errors.Count > 20 ? $"\n  ... and {result.Errors.Count - 20} more" : "";
                throw new StartupProblemException($"The seed file {displayName} has {result.Errors.Count} error(s), so nothing from it was loaded:\n{string.Join('\n', listed)}{more}");
            }

            if (result.Outcome == ImportOutcome.Committed)
            {
                logger.LogInformation("Seeded {File}: {Rows} rows, {New} new values", displayName, result.RowsRead, result.NewValues);
            }
        }

        await packs.LoadAsync(cancellationToken);
    }

    /// <summary>
    /// Adds what the catalogue lacks through the catalogue importer (add only: an entry already there, perhaps edited
    /// by an Admin since, is left as it is), then the annotations and benchmarks not in the database yet.
    /// </summary>
    public async Task LoadCatalogueAsync(string dir, CancellationToken cancellationToken)
    {
        var uploads = await CatalogueCommands.ReadDirectoryAsync(dir, limits.Value, cancellationToken);
        var missing = CatalogueFile.All.Where(f => uploads.All(u => u.Name != f.Name)).Select(f => Path.Combine(dir, f.Name)).ToList();
        if (missing.Count > 0)
        {
            throw new StartupProblemException($"The seed file {string.Join(", ", missing)} is missing.");
        }

        var result = await catalogue.ImportAsync(uploads, new Actor(ImportedBy, null), dryRun: false, cancellationToken, addOnly: true);
        if (!result.Succeeded)
        {
            var listed = result.Problems.Take(20).Select(p => "  " + CatalogueImportResult.Describe(p));
            throw new StartupProblemException($"The seed catalogue in {dir} has {result.Problems.Count} problem(s), so nothing from it was loaded:\n{string.Join('\n', listed)}");
        }

        if (result.Outcome == CatalogueImportOutcome.Applied)
        {
            logger.LogInformation("Seeded the catalogue: {Summary}", result.Summary);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        var metrics = await db.Metrics.ToDictionaryAsync(m => m.Code, cancellationToken);
        var comparators = await db.Comparators.ToDictionaryAsync(c => c.Code, cancellationToken);
        var annotations = await db.Annotations.Select(a => new { a.Date, a.Text }).ToListAsync(cancellationToken);
        foreach (var row in AnnotationAndBenchmarkFiles.ReadAnnotations(dir).Where(r => !annotations.Contains(new { r.Date, r.Text })))
        {
            db.Annotations.Add(new Annotation
            {
                Date = row.Date, Text = row.Text,
                Metric = row.Metric is null ? null : metrics.GetValueOrDefault(row.Metric)
                    ?? throw new StartupProblemException($"{dir}/annotations.csv: unknown metric {row.Metric}."),
                Area = row.Area is null ? null : areas.GetValueOrDefault(row.Area)
                    ?? throw new StartupProblemException($"{dir}/annotations.csv: unknown area {row.Area}."),
            });
        }

        var benchmarks = await db.Benchmarks.Select(b => new { b.MetricId, b.ComparatorId, b.From }).ToListAsync(cancellationToken);
        foreach (var row in AnnotationAndBenchmarkFiles.ReadBenchmarks(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/benchmarks.csv: unknown metric {row.Metric}.");
            var comparator = comparators.GetValueOrDefault(row.Comparator)
                ?? throw new StartupProblemException($"{dir}/benchmarks.csv: unknown comparator {row.Comparator}.");
            if (!benchmarks.Contains(new { MetricId = metric.Id, ComparatorId = comparator.Id, row.From }))
            {
                db.Benchmarks.Add(new Benchmark { MetricId = metric.Id, ComparatorId = comparator.Id, From = row.From, To = row.To, Value = row.Value, Source = row.Source });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
