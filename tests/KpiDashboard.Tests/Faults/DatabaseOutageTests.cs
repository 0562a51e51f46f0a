using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Faults;
using Npgsql;

namespace KpiDashboard.Tests.Faults;

/// <summary>Which real failures count as the database not answering (retried), and which do not (shown as a failure).</summary>
public sealed class DatabaseOutageTests(StoppablePostgres postgres) : IClassFixture<StoppablePostgres>
{
    [Fact]
    public async Task A_stopped_server_is_an_outage()
    {
        await postgres.StopAsync();
        try
        {
            var failure = await Record.ExceptionAsync(() => QueryAsync("select 1"));

            Assert.True(DatabaseOutage.IsOutage(Assert.IsAssignableFrom<NpgsqlException>(failure)));
        }
        finally
        {
            await postgres.StartAsync();
        }
    }

    [Fact]
    public async Task A_wrong_query_is_not_an_outage()
    {
        var failure = await Record.ExceptionAsync(() => QueryAsync("select * from no_such_table"));

        Assert.False(DatabaseOutage.IsOutage(Assert.IsType<PostgresException>(failure)));
    }

    [Fact]
    public void Retries_wait_longer_each_time_up_to_ten_seconds()
    {
        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(a => RetryDelays.Before(a).TotalSeconds));
    }

    private async Task QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
