using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue.Files;

public sealed class CatalogueImportTests(PostgresServer server) : CatalogueFilesTest(server)
{
    [Fact]
    public async Task Reimporting_the_seed_files_reports_no_changes_and_writes_nothing()
    {
        var result = await ImportAsync(await SeedFilesAsync());

        Assert.Equal(CatalogueImportOutcome.NothingToChange, result.Outcome);
        Assert.Empty(result.Changes);
        Assert.Equal("metrics.csv: 0 added, 0 changed, 25 unchanged.", result.Files.Single(f => f.File == CatalogueFile.Metrics).ToString());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task A_changed_target_shows_as_old_to_new_and_is_applied_with_one_audit_line()
    {
        var files = new Dictionary<string, string> { [CatalogueFile.Targets] = (await SeedFilesAsync())[CatalogueFile.Targets]
            .Replace("audits-inadequate-pct,,2020-04,10,10,20", "audits-inadequate-pct,,2020-04,12,12,20", StringComparison.Ordinal) };

        var result = await ImportAsync(files);

        var change = Assert.Single(result.Changes);
        Assert.Equal("targets.csv, row 3: audits-inadequate-pct, (every area), 2020-04: target '10' → '12'; green '10' → '12'", change.ToString());
        Assert.Equal("targets.csv: 0 added, 1 changed, 20 unchanged.", result.Files.Single(f => f.File == CatalogueFile.Targets).ToString());
        Assert.Equal("metrics.csv: not given; the measures are left as they are.", result.Files.Single(f => f.File == CatalogueFile.Metrics).ToString());
        await using var db = await DbAsync();
        var target = await db.MetricTargets.SingleAsync(t => t.EffectiveFrom == new DateOnly(2020, 4, 1) && db.Metrics.Any(m => m.Id == t.MetricId && m.Code == "audits-inadequate-pct"), Ct);
        Assert.Equal((12m, 12m, 20m), (target.Target!.Value, target.Green, target.Red));
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.CatalogueImport && e.Actor == "tester", Ct);
        Assert.Equal(("tester", "targets.csv: 0 added, 1 changed, 20 unchanged."), (audit.Actor, audit.Detail));
    }

    [Fact]
    public async Task A_dry_run_lists_the_changes_and_writes_nothing()
    {
        var files = await SeedFilesAsync();
        files[CatalogueFile.Areas] += "NEW,New Quadrant,quadrant,SCC\n";
        files[CatalogueFile.Metrics] = files[CatalogueFile.Metrics].Replace("Complaints received", "Complaints", StringComparison.Ordinal);

        var result = await ImportAsync(files, dryRun: true);

        Assert.Equal(CatalogueImportOutcome.Previewed, result.Outcome);
        Assert.Equal(["areas.csv, row 7: NEW added", "metrics.csv, row 26: complaints: name 'Complaints received' → 'Complaints'"], result.Changes.Select(c => c.ToString()));
        Assert.Equal(await ExportAsync(), await SeedFilesAsync());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Rows_the_files_do_not_list_are_left_as_they_are_and_counted()
    {
        var files = await SeedFilesAsync();
        files[CatalogueFile.Comparators] = "code,name\nengland,England\n";

        var result = await ImportAsync(files);

        Assert.Equal(CatalogueImportOutcome.NothingToChange, result.Outcome);
        Assert.Equal("comparators.csv: 0 added, 0 changed, 1 unchanged. 2 rows of comparators in the database are not in the file and are left as they are.",
            result.Files.Single(f => f.File == CatalogueFile.Comparators).ToString());
        Assert.Equal(3, (await ExportAsync())[CatalogueFile.Comparators].Count(c => c == '\n') - 1);
    }

    [Fact]
    public async Task A_new_measure_with_its_parts_target_and_area_is_added_in_one_import()
    {
        var files = new Dictionary<string, string>
        {
            [CatalogueFile.Areas] = "code,name,kind,parent\nLOC1,Woking,locality,NE\n",
            [CatalogueFile.Metrics] = "code,name,theme,unit,decimals,polarity,frequency,reporting_lag_months,suppress_small_numbers,rollup,retired,definition\n" +
                "audits-outstanding-pct,Case audits graded outstanding (%),Quality of practice,Percent,1,Higher-Is-Better,monthly,1,yes,share,,\"Of the case files audited, the share graded \"\"outstanding\"\".\"\n",
            [CatalogueFile.RollupParts] = "metric,part,role\naudits-outstanding-pct,audits-outstanding,numerator\naudits-outstanding-pct,audits-outstanding,denominator\naudits-outstanding-pct,audits-good,denominator\n",
            [CatalogueFile.Targets] = "metric,area,effective_from,target,green,red\naudits-outstanding-pct,LOC1,2021-04,10.50,10.5,5\n",
        };

        var result = await ImportAsync(files);
        var exported = await ExportAsync();

        Assert.Equal(CatalogueImportOutcome.Applied, result.Outcome);
        Assert.Equal(6, result.Changes.Count(c => c.Added));
        Assert.EndsWith("LOC1,Woking,locality,NE\n", exported[CatalogueFile.Areas], StringComparison.Ordinal);
        Assert.Contains("audits-outstanding-pct,LOC1,2021-04,10.5,10.5,5\n", exported[CatalogueFile.Targets], StringComparison.Ordinal);
        Assert.Contains("audits-outstanding-pct,Case audits graded outstanding (%),Quality of practice,percent,1,higher-is-better,monthly,1,yes,share,,\"Of the case files audited, the share graded \"\"outstanding\"\".\"\n",
            exported[CatalogueFile.Metrics], StringComparison.Ordinal);
        Assert.Equal(CatalogueImportOutcome.NothingToChange, (await ImportAsync(files)).Outcome);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.CountAsync(e => e.Action == AuditActions.CatalogueImport && e.Actor == "tester", Ct);
    }
}
