using Npgsql;

namespace KpiDashboard.OverviewBenchmarks;

/// <summary>
/// The benchmark's data set, generated inside PostgreSQL: 17 authorities with 8 sub-areas each (153 areas), 60 metrics
/// and 110 months. Half the metrics are counts summed; of the other half, every fifth (metric-10, metric-20, ...) is a
/// share of two counts (rollup_parts: metric-9 of metric-9 and metric-7), imported in the sub-areas and never in an
/// authority, so the figures view's share branch computes every authority's months from the parts; the rest are rates
/// with numerators and denominators. 1,009,800 figures less 6 x 17 x 110 authority shares: 998,580.
/// </summary>
internal static class BenchData
{
    public const int Authorities = 17;
    public const int SubAreas = 8;
    public const int Metrics = 60;
    public const int Months = 110;
    /// <summary>Every this-many'th metric is a share of two counts.</summary>
    public const int ShareEvery = 10;
    public static readonly DateOnly FirstMonth = new(2012, 1, 1);
    public static DateOnly LastMonth => FirstMonth.AddMonths(Months - 1);

    public static async Task GenerateAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand($"""
            select setseed(0.42);
            insert into imports (file_name, content_hash, imported_by, imported_at, rows_read, new_values, changed_values, unchanged_values)
            values ('benchmark', repeat('0', 64), 'benchmark', now(), 0, 0, 0, 0);
            insert into areas (code, name, kind, parent_id, sort_order)
            select 'LA' || a, 'Authority ' || a, 'Authority', null, a * 100 from generate_series(1, {Authorities}) a;
            insert into areas (code, name, kind, parent_id, sort_order)
            select 'LA' || a || '-' || q, 'Authority ' || a || ' area ' || q, 'Quadrant', p.id, a * 100 + q
            from generate_series(1, {Authorities}) a cross join generate_series(1, {SubAreas}) q join areas p on p.code = 'LA' || a;
            insert into metrics (code, name, theme, definition, unit, decimals, polarity, rollup, sort_order)
            select 'metric-' || m, 'Metric ' || m, 'Theme ' || (m % 6), 'Generated for the benchmark.',
                   case when m % 2 = 0 then 'Percent' else 'Count' end,
                   case when m % 2 = 0 then 1 else 0 end,
                   case m % 3 when 0 then 'HigherIsBetter' when 1 then 'LowerIsBetter' else 'Neutral' end,
                   case when m % {ShareEvery} = 0 then 'Share' when m % 2 = 0 then 'Ratio' else 'Sum' end, m
            from generate_series(1, {Metrics}) m;
            insert into rollup_parts (metric_id, part_metric_id, role)
            select share.id, part.id, r.role
            from generate_series({ShareEvery}, {Metrics}, {ShareEvery}) m
            join metrics share on share.code = 'metric-' || m
            cross join (values (1, 'Numerator'), (1, 'Denominator'), (3, 'Denominator')) r(offset_by, role)
            join metrics part on part.code = 'metric-' || (m - r.offset_by);
            insert into metric_targets (metric_id, area_id, effective_from, target, green, red)
            select id, null, date '{FirstMonth:yyyy-MM-dd}', 50,
                   50, case when polarity = 'HigherIsBetter' then 40 else 60 end
            from metrics where polarity <> 'Neutral';
            insert into observations (metric_id, area_id, period, value, numerator, denominator, status, import_id)
            select m.id, a.id, p.month::date,
                   case when m.rollup = 'Ratio' then round(100 * g.numerator / g.denominator, 1) else g.count end,
                   case when m.rollup = 'Ratio' then g.numerator end,
                   case when m.rollup = 'Ratio' then g.denominator end,
                   'Actual', (select min(id) from imports)
            from metrics m
            cross join areas a
            cross join generate_series(date '{FirstMonth:yyyy-MM-dd}', date '{LastMonth:yyyy-MM-dd}', interval '1 month') p(month)
            -- The outer columns in the random terms make PostgreSQL draw new numbers for every row.
            cross join lateral (
                select (40 + floor(random() * 60) + 0 * a.id + 0 * extract(month from p.month))::numeric as denominator,
                       (floor(random() * 40) + 100 + m.id + extract(month from p.month) + 0 * a.id)::numeric as count
            ) d
            cross join lateral (select d.denominator, floor(d.denominator * (0.3 + random() * 0.4)::numeric) as numerator, d.count) g
            where not (m.rollup = 'Share' and a.kind = 'Authority');
            """);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();

        // What autovacuum does within a minute of a large import: statistics, and the visibility map that lets
        // PostgreSQL answer from the key alone (index-only scans) instead of visiting every row's page.
        await using var vacuum = dataSource.CreateCommand("vacuum (analyze)");
        vacuum.CommandTimeout = 600;
        await vacuum.ExecuteNonQueryAsync();
    }
}
