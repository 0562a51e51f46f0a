using System.Net;
using System.Net.Sockets;
using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.Tests.Hosting;

/// <summary>Bad configuration ends the app with one clear message and a non-zero exit, never a stack trace.</summary>
public sealed class StartupFailureTests(PostgresServer server)
{
    [Fact]
    public async Task An_unreachable_database_is_named_in_one_message()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = "Host=127.0.0.1;Port=1;Database=kpi;Username=postgres;Timeout=3",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("Cannot use the database kpi on 127.0.0.1:1:", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Kpi", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Errors + outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_made_by_the_unreleased_migrations_is_named_with_a_way_out()
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new Npgsql.NpgsqlCommand(
                "create table \"__EFMigrationsHistory\" (migration_id varchar(150) primary key, product_version varchar(32) not null);" +
                "insert into \"__EFMigrationsHistory\" values ('20261126112001_Initial', '10.0.0');", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = connectionString,
            ["Database__ApplyMigrationsOnStart"] = "true",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("was made by an earlier, unreleased version of the schema (migration 20261126112001_Initial)", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("Migrate into a new, empty database", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Errors + outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_in_use_is_named_with_a_way_out()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var outcome = await AppProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Kpi"] = await server.CreateSeededDatabaseAsync(),
                ["Database__SeedOnStart"] = "false",
            },
            "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("address already in use", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("--urls", outcome.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Errors + outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seed_file_with_a_bad_row_is_named_and_nothing_from_it_is_loaded()
    {
        var seed = CopySeedWithBadRow();
        try
        {
            var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Kpi"] = await server.CreateEmptyDatabaseAsync(),
                ["Database__ApplyMigrationsOnStart"] = "true",
                ["Database__SeedDirectory"] = seed,
            });

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("The seed file seed-data/observations/2019-20.csv has 1 error(s), so nothing from it was loaded:", outcome.Errors, StringComparison.Ordinal);
            Assert.Contains("seed-data/observations/2019-20.csv:5:value: 'lots' is not a number", outcome.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", outcome.Errors + outcome.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(seed, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_command_prints_usage_and_exits_2()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), "imprt", "june.csv");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("Unknown command 'imprt june.csv'.", outcome.Errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", outcome.Errors, StringComparison.Ordinal);
    }

    private static string CopySeedWithBadRow()
    {
        var copy = Directory.CreateTempSubdirectory("kpi-seed-").FullName;
        TestFolders.Copy(RepoPaths.SeedData, copy);

        var bad = Path.Combine(copy, "observations", "2019-20.csv");
        var lines = File.ReadAllLines(bad);
        var cells = lines[4].Split(',');
        cells[3] = "lots";
        lines[4] = string.Join(',', cells);
        File.WriteAllLines(bad, lines);
        return copy;
    }
}
