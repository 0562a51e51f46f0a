using System.Globalization;
using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Import;
using Npgsql;

namespace KpiDashboard.Tests.Import;

/// <summary>Imports are all-or-nothing and serialised, whatever happens part-way.</summary>
public sealed class ImportTransactionTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private static readonly string[] Areas = ["SCC", "NE", "NW", "SE", "SW"];
    private static readonly string[] CountMetrics = ["referrals", "open-cases", "child-protection-plans", "open-assessments", "complaints"];

    /// <summary>Every count metric for every area for 24 months, each value from <paramref name="value"/>.</summary>
    private static string File(Func<int, decimal> value)
    {
        var csv = new StringBuilder("period,area,metric,value\n");
        var i = 0;
        for (var month = new DateOnly(2019, 1, 1); month < new DateOnly(2021, 1, 1); month = month.AddMonths(1))
        {
            foreach (var metric in CountMetrics)
            {
                foreach (var area in Areas)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{month:yyyy-MM},{area},{metric},{value(i++)}\n");
                }
            }
        }

        return csv.ToString();
    }

    private Task<ImportResult> ImportAsync(string csv, string file) =>
        App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), file, TestUsers.Analyst, false, TestContext.Current.CancellationToken);

    private async Task<string> SnapshotAsync()
    {
        var tables = new StringBuilder();
        foreach (var table in new[] { "imports", "observations", "observation_revisions" })
        {
            tables.AppendJoin('\n', await TableRows.ReadAsync(ConnectionString, table)).Append("\n--\n");
        }

        return tables.ToString();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_failure_part_way_through_a_commit_leaves_the_database_exactly_as_before()
    {
        await ImportAsync(File(i => i), "base.csv");
        var before = await SnapshotAsync();
        // A test-only trigger in this test's own database makes the merge fail on the 500th figure.
        await ExecuteAsync("""
            create function fail_on_poison() returns trigger language plpgsql as $$
            begin
                if new.value = 100499 then raise exception 'injected failure'; end if;
                return new;
            end $$;
            create trigger poison before insert or update on observations for each row execute function fail_on_poison();
            """);

        var failure = await Assert.ThrowsAsync<PostgresException>(() => ImportAsync(File(i => 100_000 + i), "restated.csv"));

        Assert.Equal("injected failure", failure.MessageText);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Two_imports_started_together_end_as_if_one_ran_after_the_other()
    {
        var baseline = await ImportAsync(File(i => i), "base.csv");

        var results = await Task.WhenAll(
            Task.Run(() => ImportAsync(File(i => 1000 + i), "a.csv")),
            Task.Run(() => ImportAsync(File(i => 2000 + i), "b.csv")));

        var (first, second) = results[0].ImportId < results[1].ImportId ? (results[0], results[1]) : (results[1], results[0]);
        Assert.All(results, r => Assert.Equal((ImportOutcome.Committed, 0, 600), (r.Outcome, r.NewValues, r.ChangedValues)));
        var offset = second.FileName == "a.csv" ? 1000 : 2000;
        var firstOffset = 3000 - offset;
        var current = await ReadAsync($"select value from observations where import_id = {second.ImportId} order by value");
        Assert.Equal(Enumerable.Range(offset, 600).Select(v => (decimal)v), current);
        Assert.Equal(Enumerable.Range(0, 600).Select(v => (decimal)v),
            await ReadAsync($"select value from observation_revisions where import_id = {baseline.ImportId} and superseded_by_import_id = {first.ImportId} order by value"));
        Assert.Equal(Enumerable.Range(firstOffset, 600).Select(v => (decimal)v),
            await ReadAsync($"select value from observation_revisions where import_id = {first.ImportId} and superseded_by_import_id = {second.ImportId} order by value"));
    }

    private async Task<List<decimal>> ReadAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<decimal>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetDecimal(0));
        }

        return values;
    }
}
