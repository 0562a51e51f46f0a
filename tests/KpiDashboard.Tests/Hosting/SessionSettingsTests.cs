using KpiDashboard.Tests.Infrastructure;
using Npgsql;

namespace KpiDashboard.Tests.Hosting;

/// <summary>
/// The app's own sessions carry the planner settings the figures view's speed rests on (bench/KpiDashboard.OverviewBenchmarks):
/// no JIT, and random_page_cost for solid-state storage, so one area's figures are read through the key.
/// </summary>
public sealed class SessionSettingsTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    [Theory]
    [InlineData("jit", "off")]
    [InlineData("random_page_cost", "1.1")]
    public async Task The_apps_sessions_set_the_planner_settings_the_figures_view_is_tuned_for(string setting, string expected)
    {
        await using var command = App.Get<NpgsqlDataSource>().CreateCommand($"show {setting}");

        Assert.Equal(expected, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
