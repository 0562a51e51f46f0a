using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using Npgsql;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>What the test database holds, read with plain SQL, so that tests compare the page with the data and not with the app's own queries.</summary>
public sealed class SeededFigures(string connectionString)
{
    public async Task<IReadOnlyList<string>> MetricCodesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select code from metrics order by sort_order", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var codes = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>The id of the most recent import (the seed files are imports too).</summary>
    public async Task<long> LatestImportIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select max(id) from imports", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<DateOnly> LatestMonthAsync(string areaCode, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select max(o.period) from observations o join areas a on a.id = o.area_id where a.code = @area", connection);
        command.Parameters.AddWithValue("area", areaCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetFieldValue<DateOnly>(0);
    }

    /// <summary>The text each metric's tile should show for the area and month: the stored figure in the app's number format, or "No data".</summary>
    public async Task<IReadOnlyDictionary<string, string>> TileValuesAsync(string areaCode, DateOnly month, CancellationToken cancellationToken)
    {
        const string sql = """
            select m.code, m.unit, o.value, o.status
            from metrics m
            left join observations o on o.metric_id = m.id and o.period = @month
                and o.area_id = (select id from areas where code = @area)
            order by m.sort_order
            """;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("area", areaCode);
        command.Parameters.AddWithValue("month", month);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new Dictionary<string, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var unit = Enum.Parse<MetricUnit>(reader.GetString(1));
            values[reader.GetString(0)] = await reader.IsDBNullAsync(3, cancellationToken)
                ? "No data"
                : FigureFormat.Value(
                    await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetDecimal(2),
                    Enum.Parse<ObservationStatus>(reader.GetString(3)),
                    unit);
        }

        return values;
    }

    /// <summary>A metric's stored figures for an area, month by month, from the first month to the last (inclusive).</summary>
    public async Task<IReadOnlyList<StoredFigure>> SeriesAsync(string metricCode, string areaCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        const string sql = """
            select o.period, o.value, o.status, o.numerator, o.denominator, m.unit
            from observations o
            join metrics m on m.id = o.metric_id
            join areas a on a.id = o.area_id
            where m.code = @metric and a.code = @area and o.period between @from and @to
            order by o.period
            """;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("metric", metricCode);
        command.Parameters.AddWithValue("area", areaCode);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var figures = new List<StoredFigure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            decimal? Decimal(int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);
            figures.Add(new StoredFigure(reader.GetFieldValue<DateOnly>(0), Decimal(1), Enum.Parse<ObservationStatus>(reader.GetString(2)),
                Decimal(3), Decimal(4), Enum.Parse<MetricUnit>(reader.GetString(5))));
        }

        return figures;
    }

    /// <summary>A seeded pack's id and how many slides it has: the published June 2020 pack, or the draft rolled forward from it.</summary>
    public async Task<(int Id, int Slides)> PackAsync(PackStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select p.id, (select count(*) from pack_slides s where s.pack_id = p.id)::int from packs p where p.status = @status order by p.id limit 1", connection);
        command.Parameters.AddWithValue("status", status.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"The seed has no {status} pack.");
        }

        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

public sealed record StoredFigure(DateOnly Period, decimal? Value, ObservationStatus Status, decimal? Numerator, decimal? Denominator, MetricUnit Unit);
