using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Seed;

/// <summary>
/// Loads the catalogue and the illustrative figures in <c>seed-data/</c>. The figures go through the
/// same <see cref="ImportService"/> as an analyst's upload, and loading twice changes nothing:
/// catalogue entries are added only when missing, and a file already imported is recognised by its hash.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<KpiDbContext> contextFactory, ImportService importer, SeedPacks packs, ILogger<SeedLoader> logger)
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

    /// <summary>Adds the areas, metrics, targets and annotations that are not in the database yet.</summary>
    public async Task LoadCatalogueAsync(string dir, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        var order = 0;
        foreach (var row in CatalogueFiles.ReadAreas(dir))
        {
            order++;
            if (!areas.ContainsKey(row.Code))
            {
                var parent = row.Parent is null ? null : areas.GetValueOrDefault(row.Parent)
                    ?? throw new StartupProblemException($"{dir}/areas.csv: area {row.Code} names parent {row.Parent}, which is not listed above it.");
                areas[row.Code] = db.Areas.Add(new Area { Code = row.Code, Name = row.Name, Kind = row.Kind, Parent = parent, SortOrder = order }).Entity;
            }
        }

        var metrics = await db.Metrics.Include(m => m.Targets).Include(m => m.Parts).ToDictionaryAsync(m => m.Code, cancellationToken);
        order = 0;
        foreach (var row in CatalogueFiles.ReadMetrics(dir))
        {
            order++;
            if (!metrics.ContainsKey(row.Code))
            {
                metrics[row.Code] = db.Metrics.Add(new Metric
                {
                    Code = row.Code, Name = row.Name, Theme = row.Theme, Definition = row.Definition,
                    Unit = row.Unit, Decimals = row.Decimals, Polarity = row.Polarity, Frequency = row.Frequency,
                    ReportingLagMonths = row.ReportingLagMonths, SmallNumberSuppression = row.SmallNumberSuppression,
                    Rollup = row.Rollup, SortOrder = order,
                    RetiredAt = row.Retired is { } retired ? new DateTimeOffset(retired.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                }).Entity;
            }
        }

        var comparators = await db.Comparators.ToDictionaryAsync(c => c.Code, cancellationToken);
        order = 0;
        foreach (var row in CatalogueFiles.ReadComparators(dir))
        {
            order++;
            if (!comparators.ContainsKey(row.Code))
            {
                comparators[row.Code] = db.Comparators.Add(new Comparator { Code = row.Code, Name = row.Name, SortOrder = order }).Entity;
            }
        }

        // Targets and annotations refer to areas and metrics by id, so those are saved first.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in CatalogueFiles.ReadRollupParts(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/rollup-parts.csv: unknown metric {row.Metric}.");
            var part = metrics.GetValueOrDefault(row.Part)
                ?? throw new StartupProblemException($"{dir}/rollup-parts.csv: unknown metric {row.Part}.");
            if (!metric.Parts.Any(p => p.PartMetricId == part.Id && p.Role == row.Role))
            {
                metric.Parts.Add(new RollupPart { PartMetricId = part.Id, Role = row.Role });
            }
        }

        foreach (var row in CatalogueFiles.ReadTargets(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/targets.csv: unknown metric {row.Metric}.");
            var area = row.Area is null ? null : areas.GetValueOrDefault(row.Area)
                ?? throw new StartupProblemException($"{dir}/targets.csv: unknown area {row.Area}.");
            if (!metric.Targets.Any(t => t.EffectiveFrom == row.EffectiveFrom && t.AreaId == area?.Id))
            {
                metric.Targets.Add(new MetricTarget { AreaId = area?.Id, EffectiveFrom = row.EffectiveFrom, Target = row.Target, Green = row.Green, Red = row.Red });
            }
        }

        var annotations = await db.Annotations.Select(a => new { a.Date, a.Text }).ToListAsync(cancellationToken);
        foreach (var row in CatalogueFiles.ReadAnnotations(dir).Where(r => !annotations.Contains(new { r.Date, r.Text })))
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
        foreach (var row in CatalogueFiles.ReadBenchmarks(dir))
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

        await AddRecalculationsAsync(db, dir, metrics, areas, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Months from which a metric's SPC limits start afresh, with the reason shown on the chart.</summary>
    private static async Task AddRecalculationsAsync(KpiDbContext db, string dir, Dictionary<string, Metric> metrics,
        Dictionary<string, Area> areas, CancellationToken cancellationToken)
    {
        var existing = await db.SpcRecalculations.Select(r => new { r.MetricId, r.AreaId, r.StartsFrom }).ToListAsync(cancellationToken);
        foreach (var row in CatalogueFiles.ReadRecalculations(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/spc-recalculations.csv: unknown metric {row.Metric}.");
            var area = row.Area is null ? null : areas.GetValueOrDefault(row.Area)
                ?? throw new StartupProblemException($"{dir}/spc-recalculations.csv: unknown area {row.Area}.");
            if (!existing.Contains(new { MetricId = metric.Id, AreaId = area?.Id, row.StartsFrom }))
            {
                db.SpcRecalculations.Add(new SpcRecalculationPoint { MetricId = metric.Id, AreaId = area?.Id, StartsFrom = row.StartsFrom, BaselineMonths = row.BaselineMonths, Reason = row.Reason });
            }
        }

        var settings = await db.SpcSettings.Select(s => s.MetricId).ToListAsync(cancellationToken);
        foreach (var row in CatalogueFiles.ReadSpcSettings(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/spc-settings.csv: unknown metric {row.Metric}.");
            if (!settings.Contains(metric.Id))
            {
                db.SpcSettings.Add(new SpcSetting { MetricId = metric.Id, ShiftLength = row.ShiftLength, TrendLength = row.TrendLength });
            }
        }

        var baselines = await db.SpcBaselines.Select(b => new { b.MetricId, b.AreaId }).ToListAsync(cancellationToken);
        foreach (var row in CatalogueFiles.ReadSpcBaselines(dir))
        {
            var metric = metrics.GetValueOrDefault(row.Metric)
                ?? throw new StartupProblemException($"{dir}/spc-baselines.csv: unknown metric {row.Metric}.");
            var area = row.Area is null ? null : areas.GetValueOrDefault(row.Area)
                ?? throw new StartupProblemException($"{dir}/spc-baselines.csv: unknown area {row.Area}.");
            if (!baselines.Contains(new { MetricId = metric.Id, AreaId = area?.Id }))
            {
                db.SpcBaselines.Add(new SpcBaseline { MetricId = metric.Id, AreaId = area?.Id, FirstMonth = row.FirstMonth, LastMonth = row.LastMonth });
            }
        }
    }
}
