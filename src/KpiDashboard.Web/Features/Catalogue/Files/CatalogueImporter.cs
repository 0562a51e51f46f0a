using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>A catalogue file as given: its name (no folder) and its bytes.</summary>
public sealed record CatalogueUpload(string Name, byte[] Bytes);

/// <summary>
/// Imports catalogue files with the figures' rigour. Everything is read and checked first, every problem named by
/// file, row and column; then, in one transaction under the import lock, the rows are compared with the catalogue and
/// what is new or different is written (or, in a dry run, only reported), with one audit entry. A row is matched by its
/// key (a measure's code; a target's measure, area and month...). What the files do not list is left as it is, never
/// deleted, and the preview says how much that is: a file is not a command to remove everything else.
/// </summary>
public sealed class CatalogueImporter(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit, IOptions<ImportLimits> limits)
{
    /// <param name="addOnly">Write only rows the catalogue lacks, leaving every existing one as it is: how the seed is
    /// loaded at each start, so that an Admin's later edits are never undone by a restart.</param>
    public async Task<CatalogueImportResult> ImportAsync(IReadOnlyList<CatalogueUpload> uploads, Actor actor, bool dryRun, CancellationToken cancellationToken,
        bool addOnly = false)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportLock.TakeAsync((NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);

        var current = await CatalogueSnapshot.ReadAsync(db, cancellationToken);
        var (given, problems) = Read(uploads, current);
        if (problems.Count > 0)
        {
            return CatalogueImportResult.Invalid(problems);
        }

        var files = new List<CatalogueFileSummary>();
        var changes = new List<CatalogueChange>();
        foreach (var file in CatalogueFile.All)
        {
            if (!given.TryGetValue(file.Name, out var rows))
            {
                files.Add(new CatalogueFileSummary(file.Name, file.What, false, 0, 0, 0, 0));
                continue;
            }

            rows = given[file.Name] = CatalogueDiff.PlaceInOrder(file, current[file.Name], rows);

            var (summary, fileChanges) = CatalogueDiff.Compare(file, current[file.Name], rows);
            files.Add(addOnly ? summary with { Changed = 0, Unchanged = summary.Unchanged + summary.Changed } : summary);
            changes.AddRange(fileChanges.Where(c => c.Added || !addOnly));
        }

        if (changes.Count == 0)
        {
            return new CatalogueImportResult(CatalogueImportOutcome.NothingToChange, [], files, []);
        }

        var result = new CatalogueImportResult(dryRun ? CatalogueImportOutcome.Previewed : CatalogueImportOutcome.Applied, [], files, changes);
        if (dryRun)
        {
            return result;
        }

        var changedKeys = changes.Select(c => (c.File, c.Row)).ToHashSet();
        await CatalogueWriter.WriteAsync(db, given.ToDictionary(g => g.Key, g => g.Value.Where(r => changedKeys.Contains((g.Key, r.Row))).ToList()), cancellationToken);
        audit.Add(db, actor, AuditActions.CatalogueImport, "catalogue files", result.Summary);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Every file's rows in written form, or the problems of all of them.</summary>
    private (Dictionary<string, List<CatalogueRow>> Given, List<ImportError> Problems) Read(IReadOnlyList<CatalogueUpload> uploads,
        Dictionary<string, List<CatalogueRow>> current)
    {
        var problems = new List<ImportError>();
        var byName = new Dictionary<string, CatalogueUpload>(StringComparer.OrdinalIgnoreCase);
        foreach (var upload in uploads)
        {
            if (CatalogueFile.Find(upload.Name) is null)
            {
                problems.Add(new ImportError(upload.Name, 0, "", "", $"this is not a catalogue file; the catalogue files are {CatalogueFile.Names}"));
            }
            else if (!byName.TryAdd(upload.Name, upload))
            {
                problems.Add(new ImportError(upload.Name, 0, "", "", "this file is given twice; give each catalogue file once"));
            }
            else if (upload.Bytes.Length > limits.Value.MaxFileBytes)
            {
                problems.Add(new ImportError(upload.Name, 0, "", "", $"the file is larger than {limits.Value.MaxFileBytes / 1024 / 1024} MB, far more than a catalogue needs"));
            }
        }

        if (uploads.Count == 0)
        {
            problems.Add(new ImportError("(no files)", 0, "", "", $"no catalogue files were given; the catalogue files are {CatalogueFile.Names}"));
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        // Codes a file may name: those in the database and those the given measure and area files add.
        var raw = new Dictionary<string, List<(int Row, string[] Cells)>>();
        foreach (var file in CatalogueFile.All.Where(f => byName.ContainsKey(f.Name)))
        {
            var fileProblems = new ImportProblems(file.Name, limits.Value.MaxErrors);
            raw[file.Name] = new CatalogueCsvReader(file, fileProblems, limits.Value).Read(byName[file.Name].Bytes);
            problems.AddRange(fileProblems);
        }

        var metrics = Codes(current, raw, CatalogueFile.Metrics);
        var areas = Codes(current, raw, CatalogueFile.Areas);
        var given = new Dictionary<string, List<CatalogueRow>>();
        foreach (var file in CatalogueFile.All.Where(f => raw.ContainsKey(f.Name)))
        {
            var fileProblems = new ImportProblems(file.Name, limits.Value.MaxErrors);
            given[file.Name] = new CatalogueRowChecks(file, fileProblems, metrics, areas).Check(raw[file.Name]);
            problems.AddRange(fileProblems);
        }

        if (problems.Count == 0)
        {
            new CatalogueRuleChecks(current, given, problems).Check();
        }

        return (given, problems);
    }

    private static HashSet<string> Codes(Dictionary<string, List<CatalogueRow>> current, Dictionary<string, List<(int Row, string[] Cells)>> raw, string file) =>
        [.. current[file].Select(r => r.Cells[0]), .. raw.GetValueOrDefault(file, []).Select(r => r.Cells[0]).Where(c => c.Length > 0)];
}
