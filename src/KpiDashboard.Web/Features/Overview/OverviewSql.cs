using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.DataQuality;
using Npgsql;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>
/// Everything the overview reads for one area (<c>@area</c>) in one statement that reads its figures once: the
/// months with any figure, the month shown (<c>@month</c> if it has figures, else the latest), and per metric in
/// catalogue order (retired ones left out) its history up to that month, the figure's status, the data-quality inputs and the commentary.
/// </summary>
internal static class OverviewSql
{
    public const string Text = $$"""
        with judged_figures as materialized (
            select f.metric_id, f.area_id, f.period, f.value, f.status, f.computed from figures f where f.area_id = @area
        ),
        as_of as (
            select coalesce(max(period) filter (where period = @month), max(period)) as month from judged_figures
        ),
        {{DataQualitySql.Parts}}
        select m.id, q.periods, q.figure_values, q.status, coalesce(q.computed, false),
               q.first_period, q.last_period, q.latest_change, q.usual_moving_range, q.moving_ranges, q.missing_months, q.restated_months,
               c.text, c.author, c.written_at,
               (select month from as_of), (select array_agg(period order by period desc) from (select distinct period from judged_figures) months)
        from metrics m
        left join quality q on q.metric_id = m.id
        left join commentaries c on c.metric_id = m.id and c.area_id = @area and c.period = (select month from as_of)
        where m.retired_at is null
        order by m.sort_order
        """;

    /// <summary>One metric's row: an empty history and no quality when the area has no figure for it up to the month.</summary>
    public sealed record Row(
        int MetricId,
        IReadOnlyList<DateOnly> Periods,
        IReadOnlyList<decimal?> Values,
        ObservationStatus? Status,
        bool Computed,
        DataQualitySql.Row? Quality,
        CommentaryVersion? Commentary,
        DateOnly? Month,
        IReadOnlyList<DateOnly> Months);

    public static async Task<List<Row>> ReadAsync(NpgsqlDataSource dataSource, int areaId, DateOnly? month, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Text);
        command.Parameters.Add(new NpgsqlParameter<int?>("area", areaId) { DataTypeName = "integer" });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("month", month) { DataTypeName = "date" });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var asOf = reader.IsDBNull(15) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(15);
            var quality = reader.IsDBNull(5) || asOf is null ? null : new DataQualitySql.Row("", "", "", "",
                reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateOnly>(6), asOf.Value,
                reader.IsDBNull(7) ? null : reader.GetDecimal(7), reader.IsDBNull(8) ? null : reader.GetDecimal(8), reader.GetInt64(9),
                reader.GetFieldValue<DateOnly[]>(10), reader.GetFieldValue<DateOnly[]>(11));
            rows.Add(new Row(
                reader.GetInt32(0),
                reader.IsDBNull(1) ? [] : reader.GetFieldValue<DateOnly[]>(1),
                reader.IsDBNull(2) ? [] : reader.GetFieldValue<decimal?[]>(2),
                reader.IsDBNull(3) ? null : Enum.Parse<ObservationStatus>(reader.GetString(3)),
                reader.GetBoolean(4),
                quality,
                reader.IsDBNull(12) ? null : new CommentaryVersion(reader.GetString(12), reader.GetString(13), reader.GetFieldValue<DateTimeOffset>(14)),
                asOf,
                reader.IsDBNull(16) ? [] : reader.GetFieldValue<DateOnly[]>(16)));
        }

        return rows;
    }
}
