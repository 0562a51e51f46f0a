using Npgsql;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>A table's full contents as text, one string per row in text order, for before/after comparisons.</summary>
public static class TableRows
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select t::text from {table} t order by t::text", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
