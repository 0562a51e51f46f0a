using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.Tests.Hosting;

/// <summary>The <c>import</c> verb as a scripted monthly load uses it.</summary>
public sealed class ImportCommandTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kpi-import-cli-").FullName;

    private async Task<AppProcess.Outcome> RunImportAsync(params string[] args) =>
        await AppProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Kpi"] = await server.CreateSeededDatabaseAsync(),
                ["Database__SeedOnStart"] = "false",
                // dotnet run starts the app in the project folder; relative paths follow the shell's folder.
                ["PWD"] = _folder,
            },
            ["import", .. args]);

    [Fact]
    public async Task A_dry_run_prints_the_summary_and_exits_0()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "june.csv"), "period,area,metric,value\nJun 2020,North East,referrals,210\n", TestContext.Current.CancellationToken);

        var outcome = await RunImportAsync("june.csv", "--dry-run");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("june.csv: dry run, nothing written. Rows read: 1; 0 new, 1 changed, 0 unchanged.", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_printed_as_file_row_column_message_and_exit_1()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.csv"), "period,area,metric,value\n2020-06,NE,nope,1\n", TestContext.Current.CancellationToken);

        var outcome = await RunImportAsync("bad.csv");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("bad.csv:2:metric: Unknown metric 'nope'", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var outcome = await RunImportAsync("absent.csv");

        Assert.Equal((2, "absent.csv: no such file\n"), (outcome.ExitCode, outcome.Errors));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
