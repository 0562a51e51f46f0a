using KpiDashboard.Tests.Hosting;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>The <c>catalogue export</c> and <c>catalogue import</c> verbs as a script uses them, with the exit codes of <c>import</c>.</summary>
public sealed class CatalogueCommandTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kpi-catalogue-cli-").FullName;
    private string? _database;

    private async Task<AppProcess.Outcome> RunAsync(params string[] args) =>
        await AppProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Kpi"] = _database ??= await server.CreateCatalogueDatabaseAsync(),
                ["Database__SeedOnStart"] = "false",
                ["PWD"] = _folder,
            },
            ["catalogue", .. args]);

    [Fact]
    public async Task Export_writes_the_seed_files_and_a_second_export_leaves_them_unchanged()
    {
        var first = await RunAsync("export", "out");
        var second = await RunAsync("export", "out");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(Path.Combine("out", "metrics.csv: written (25 rows)"), first.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.SeedData, "targets.csv")), File.ReadAllText(Path.Combine(_folder, "out", "targets.csv")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(Path.Combine("out", "metrics.csv: unchanged"), second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_lists_the_change_writes_nothing_and_exits_0()
    {
        await RunAsync("export", "cat");
        var targets = Path.Combine(_folder, "cat", "targets.csv");
        File.WriteAllText(targets, File.ReadAllText(targets).Replace("complaints,SCC,2018-04,35,35,45", "complaints,SCC,2018-04,30,30,45", StringComparison.Ordinal));

        var dryRun = await RunAsync("import", "cat", "--dry-run");
        var applied = await RunAsync("import", "cat");
        var again = await RunAsync("import", "cat");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("cat: dry run, nothing written. 1 change(s) would be made:\n  targets.csv, row 22: complaints, SCC, 2018-04: target '35' → '30'; green '35' → '30'\n", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains("targets.csv: 0 added, 1 changed, 20 unchanged.", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("cat: imported. 1 change(s) made:", applied.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("cat: the catalogue already says this; nothing changed.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_printed_as_file_row_column_message_and_exit_1()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "bad"));
        File.WriteAllText(Path.Combine(_folder, "bad", "areas.csv"), "code,name,kind,parent\nNE,North East,county,SCC\n");

        var outcome = await RunAsync("import", "bad");

        Assert.Equal(CommandRunner.ValidationErrors, outcome.ExitCode);
        Assert.Equal("areas.csv:2:kind: found 'county', expected authority, quadrant or locality\n", outcome.Errors);
        Assert.Contains("bad: 1 problem(s); nothing was imported.", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "absent", "absent: no such folder\n")]
    public async Task A_missing_folder_is_a_usage_error(string verb, string folder, string expected)
    {
        var outcome = await RunAsync(verb, folder);

        Assert.Equal((CommandRunner.UsageError, expected), (outcome.ExitCode, outcome.Errors));
    }

    [Fact]
    public async Task A_folder_without_catalogue_files_is_a_usage_error()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "empty"));

        var outcome = await RunAsync("import", "empty");

        Assert.Equal(CommandRunner.UsageError, outcome.ExitCode);
        Assert.StartsWith("empty: holds none of the catalogue files", outcome.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
