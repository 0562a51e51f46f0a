using Npgsql;

namespace KpiDashboard.Web.Features.DataQuality;

/// <summary>
/// One row per metric and area: the months missing between the series' first month and the month judged (every
/// month, quarter or year, as the measure is reported), the
/// change into the month judged beside the mean of the changes before it, and the months with restated figures.
/// </summary>
internal static class DataQualitySql
{
    /// <summary>
    /// The flags' inputs as a <c>quality</c> CTE, one row per metric and area, over two relations the statement
    /// defines before them: <c>judged_figures(metric_id, area_id, period, value, status, computed)</c> and <c>as_of(month)</c>;
    /// <c>@area</c> (null for all) limits the restatements read. Each row also carries the series up to the month
    /// judged and the status of that month's figure, from which the overview builds its tiles.
    /// </summary>
    public const string Parts = """
        -- A measure reported quarterly or annually expects a figure every 3 or 12 months, not every month.
        metric_steps as (
            select m.id as metric_id,
                   make_interval(months => case m.frequency when 'Quarterly' then 3 when 'Annual' then 12 else 1 end) as step
            from metrics m
        ),
        series as (
            select f.metric_id, f.area_id, f.period, f.value, f.status, f.computed,
                   abs(f.value - lag(f.value) over w) as moving_range,
                   lead(f.period) over w as next_period
            from judged_figures f, as_of
            where f.period <= as_of.month
            window w as (partition by f.metric_id, f.area_id order by f.period)
        ),
        -- One pass over the ordered series: the summary, the history for the overview, and each figure followed by
        -- a gap (the months after it and before the next figure, or up to the month judged).
        summary as (
            select s.metric_id, s.area_id, min(s.period) as first_period, max(s.period) as last_period,
                   max(s.moving_range) filter (where s.period = (select month from as_of)) as latest_change,
                   avg(s.moving_range) filter (where s.period < (select month from as_of)) as usual_moving_range,
                   count(s.moving_range) filter (where s.period < (select month from as_of)) as moving_ranges,
                   array_agg(s.period) filter (where s.gap) as gap_after,
                   array_agg(s.next_period) filter (where s.gap) as gap_before, min(s.step) as step,
                   -- The history itself, for the overview's tiles (unread columns are not computed for this page).
                   array_agg(s.period order by s.period) as periods, array_agg(s.value order by s.period) as figure_values,
                   min(s.status) filter (where s.period = (select month from as_of)) as status,
                   bool_or(s.computed) filter (where s.period = (select month from as_of)) as computed
            from (
                select s.*, coalesce(s.next_period, (select month from as_of) + steps.step) > s.period + steps.step as gap, steps.step
                from series s
                join metric_steps steps on steps.metric_id = s.metric_id
            ) s
            group by s.metric_id, s.area_id
        ),
        restated as (
            select r.metric_id, r.area_id, array_agg(distinct r.period order by r.period) as months
            from observation_revisions r, as_of
            where r.period <= as_of.month and (@area is null or r.area_id = @area)
            group by r.metric_id, r.area_id
        ),
        quality as (
            select s.metric_id, s.area_id, s.first_period, s.last_period, s.latest_change, s.usual_moving_range, s.moving_ranges,
                   coalesce((
                       select array_agg(m.month::date order by m.month)
                       from unnest(s.gap_after, s.gap_before) as g(gap_start, gap_end)
                       cross join lateral generate_series(g.gap_start + s.step,
                           coalesce(g.gap_end - s.step, (select month from as_of)), s.step) as m(month)
                   ), '{}') as missing_months,
                   coalesce(restated.months, '{}') as restated_months,
                   s.periods, s.figure_values, s.status, s.computed
            from summary s
            left join restated on restated.metric_id = s.metric_id and restated.area_id = s.area_id
        )
        """;

    /// <summary>Every series of one area (<c>@area</c>) or of all (null), judged as of <c>@as_of</c> (null: the latest month with a figure).</summary>
    public const string Text = $$"""
        with judged_figures as (
            select f.metric_id, f.area_id, f.period, f.value, f.status, f.computed from figures f where @area is null or f.area_id = @area
        ),
        as_of as (
            select coalesce(@as_of, (select max(period) from judged_figures)) as month
        ),
        {{Parts}}
        select m.code, m.name, a.code, a.name, q.first_period, q.last_period, (select month from as_of),
               q.latest_change, q.usual_moving_range, q.moving_ranges, q.missing_months, q.restated_months
        from quality q
        join metrics m on m.id = q.metric_id
        join areas a on a.id = q.area_id
        order by m.sort_order, a.sort_order
        """;

    public sealed record Row(
        string MetricCode, string MetricName, string AreaCode, string AreaName, DateOnly FirstPeriod, DateOnly LastPeriod, DateOnly AsOf,
        decimal? LatestChange, decimal? UsualMovingRange, long MovingRanges, IReadOnlyList<DateOnly> MissingMonths, IReadOnlyList<DateOnly> RestatedMonths);

    public static Row Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateOnly>(6),
        reader.IsDBNull(7) ? null : reader.GetDecimal(7), reader.IsDBNull(8) ? null : reader.GetDecimal(8), reader.GetInt64(9),
        reader.GetFieldValue<DateOnly[]>(10), reader.GetFieldValue<DateOnly[]>(11));
}
