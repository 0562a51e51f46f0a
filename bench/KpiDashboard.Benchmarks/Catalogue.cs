using System.Globalization;
using Npgsql;

namespace KpiDashboard.Benchmarks;

/// <summary>A synthetic catalogue of count metrics and areas, inserted with plain SQL.</summary>
public static class Catalogue
{
    public static string MetricCode(int n) => "metric-" + n.ToString("000", CultureInfo.InvariantCulture);

    public static string AreaCode(int n) => "A" + n.ToString("000", CultureInfo.InvariantCulture);

    public static async Task InsertAsync(NpgsqlDataSource dataSource, int areas, int metrics)
    {
        await using var command = dataSource.CreateCommand("""
            insert into areas (code, name, kind, parent_id, sort_order)
            select 'A' || to_char(n, 'FM000'), 'Area ' || n, case when n = 1 then 'Authority' else 'Quadrant' end, null, n
            from generate_series(1, @areas) n;

            insert into metrics (code, name, theme, definition, unit, polarity, rollup, sort_order)
            select 'metric-' || to_char(n, 'FM000'), 'Metric ' || n, 'Benchmark', 'A synthetic count.', 'Count', 'Neutral', 'Sum', n
            from generate_series(1, @metrics) n;
            """);
        command.Parameters.AddWithValue("areas", areas);
        command.Parameters.AddWithValue("metrics", metrics);
        await command.ExecuteNonQueryAsync();
    }
}
