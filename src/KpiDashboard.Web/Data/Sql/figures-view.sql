-- The figures the dashboard reads: every imported observation, and beside them the figures the catalogue says can be
-- computed where the council imported none. How each is computed is the catalogue's rule, read from its tables here:
--   * a metric with parts (rollup_parts: a share of a group of counts, or a ratio of numerator and denominator
--     measures) is 100 x the sum of its numerator parts over the sum of its denominator parts, in every area and month
--     where those counts exist (a part missing in an area is the sum of that area's sub-areas, when every one has it);
--   * otherwise, for an area with sub-areas, a 'Sum' metric is the sum of theirs and a 'Ratio' metric the sum of
--     their numerators over the sum of their denominators, when every sub-area has a figure (a sub-area is expected
--     from its first figure of that measure on, so one added later leaves the earlier months as they were);
--   * 'None' is never computed.
-- A month that cannot be computed (a sub-area or a part missing, a zero denominator) is a NotComputable row.
--
-- observations is keyed by (metric_id, area_id, period) with no other index, so imported figures are reached through
-- the catalogue (one descent of the key per metric), and an area is judged per metric by what it holds itself (count,
-- first and last month) and two probes of the key per sub-area: only a metric with a hole, or months elsewhere beyond
-- its own, is looked at month by month.
create view figures as
with parents as not materialized (
    select a.id as area_id, count(*) as quadrant_count, array_agg(quadrant.id) as quadrant_ids
    from areas a
    join areas quadrant on quadrant.parent_id = a.id
    group by a.id
),
-- Every metric without parts: sums, and ratios whose rows carry their own numerators and denominators, are built from
-- the sub-areas' rows; the rest ('None', or a share whose parts are not set) are NotComputable where the sub-areas have rows.
summed as (
    select m.id, m.rollup, m.decimals
    from metrics m
    where not exists (select 1 from rollup_parts rp where rp.metric_id = m.id)
),
own as (
    select p.area_id, p.quadrant_count, p.quadrant_ids, m.id as metric_id, m.rollup, m.decimals,
           held.figure_count, held.first_period, held.last_period
    from parents p
    cross join summed m
    cross join lateral (
        select count(*) as figure_count, min(o.period) as first_period, max(o.period) as last_period
        from observations o where o.metric_id = m.id and o.area_id = p.area_id
    ) held
),
metric_gaps as (
    select o.area_id, o.quadrant_count, o.quadrant_ids, o.metric_id, o.rollup, o.decimals, span.first_period, span.last_period
    from own o
    cross join lateral (
        select min(x.period) as first_period, max(x.period) as last_period
        from observations x where x.metric_id = o.metric_id and x.area_id = any(o.quadrant_ids)
    ) span
    where (o.figure_count = 0
        or o.figure_count < extract(year from age(o.last_period, o.first_period)) * 12 + extract(month from age(o.last_period, o.first_period)) + 1
        or exists (select 1 from observations x where x.metric_id = o.metric_id and x.area_id = any(o.quadrant_ids) and x.period < o.first_period)
        or exists (select 1 from observations x where x.metric_id = o.metric_id and x.area_id = any(o.quadrant_ids) and x.period > o.last_period))
      and span.first_period is not null
),
missing_cells as (
    select g.*, cell.period::date as period
    from metric_gaps g
    cross join lateral generate_series(g.first_period, g.last_period, interval '1 month') as cell(period)
    where (select 1 from observations x where x.metric_id = g.metric_id and x.area_id = g.area_id and x.period = cell.period::date) is null
),
judged as (
    select c.area_id, c.metric_id, c.period, c.rollup, c.decimals, q.*,
           case c.rollup
               when 'Sum' then q.with_value = expected.children
               when 'Ratio' then q.with_numerator = expected.children and q.with_denominator = expected.children and q.denominator > 0
               else false
           end as computable
    from missing_cells c
    -- A sub-area is expected from its first figure of the measure on: one added later (a fifth quadrant) leaves the
    -- months before it as they were.
    cross join lateral (
        select count(*) as children
        from unnest(c.quadrant_ids) as child(area_id)
        where exists (select 1 from observations x where x.metric_id = c.metric_id and x.area_id = child.area_id and x.period <= c.period)
    ) expected
    cross join lateral (
        select count(*) as quadrant_rows, count(o.value) as with_value, sum(o.value) as total,
               count(o.numerator) as with_numerator, count(o.denominator) as with_denominator,
               sum(o.numerator) as numerator, sum(o.denominator) as denominator,
               bool_or(o.status = 'Provisional') as provisional
        from observations o
        where o.metric_id = c.metric_id and o.area_id = any(c.quadrant_ids) and o.period = c.period
    ) q
    where q.quadrant_rows > 0
),
-- Shares and ratios of other measures, with their parts.
derived as (
    select m.id, m.decimals,
           coalesce(array_agg(rp.part_metric_id order by rp.part_metric_id) filter (where rp.role = 'Numerator'), '{}') as numerator_ids,
           coalesce(array_agg(rp.part_metric_id order by rp.part_metric_id) filter (where rp.role = 'Denominator'), '{}') as denominator_ids
    from metrics m
    join rollup_parts rp on rp.metric_id = m.id
    group by m.id, m.decimals
),
derived_own as (
    select d.id as metric_id, d.decimals, d.numerator_ids, d.denominator_ids, a.id as area_id, p.quadrant_count, p.quadrant_ids,
           held.figure_count, held.first_period, held.last_period, span.first_period as part_first, span.last_period as part_last
    from areas a
    left join parents p on p.area_id = a.id
    cross join derived d
    cross join lateral (
        select count(*) as figure_count, min(o.period) as first_period, max(o.period) as last_period
        from observations o where o.metric_id = d.id and o.area_id = a.id
    ) held
    -- The months the group's first count is held for here or in a sub-area: two probes of the key per area.
    cross join lateral (
        select min(s.first_period) as first_period, max(s.last_period) as last_period
        from unnest(array[a.id] || coalesce(p.quadrant_ids, '{}')) as here(area_id)
        cross join lateral (
            select min(x.period) as first_period, max(x.period) as last_period
            from observations x where x.metric_id = d.denominator_ids[1] and x.area_id = here.area_id
        ) s
    ) span
    where span.first_period is not null
      and (held.figure_count = 0
        or held.figure_count < extract(year from age(held.last_period, held.first_period)) * 12 + extract(month from age(held.last_period, held.first_period)) + 1
        or span.first_period < held.first_period or span.last_period > held.last_period)
),
derived_cells as (
    select g.metric_id, g.area_id, cell.period::date as period, g.decimals, parts.*
    from derived_own g
    cross join lateral generate_series(g.part_first, g.part_last, interval '1 month') as cell(period)
    cross join lateral (
        select count(*) as part_count, count(v.value) as with_value,
               sum(v.value) filter (where part.role = 'Numerator') as numerator,
               sum(v.value) filter (where part.role = 'Denominator') as denominator,
               bool_or(v.provisional) as provisional
        from (
            select n.part_id, 'Numerator' as role from unnest(g.numerator_ids) as n(part_id)
            union all
            select d.part_id, 'Denominator' from unnest(g.denominator_ids) as d(part_id)
        ) part
        -- The part's own figure here; only where there is none, the sum of the sub-areas expected by then (the
        -- subqueries inside case run only when reached).
        cross join lateral (
            select case when here.status is not null then here.value
                        else (select case when count(o.value) = (
                                      select count(*) from unnest(g.quadrant_ids) as child(area_id)
                                      where exists (select 1 from observations x
                                                    where x.metric_id = part.part_id and x.area_id = child.area_id and x.period <= cell.period::date))
                                  then sum(o.value) end
                              from observations o
                              where o.metric_id = part.part_id and o.area_id = any(g.quadrant_ids) and o.period = cell.period::date)
                   end as value,
                   case when here.status is not null then here.status = 'Provisional'
                        else coalesce((select bool_or(o.status = 'Provisional') from observations o
                                       where o.metric_id = part.part_id and o.area_id = any(g.quadrant_ids) and o.period = cell.period::date), false)
                   end as provisional
            from (select 1) as one
            left join lateral (
                select o.value, o.status from observations o
                where o.metric_id = part.part_id and o.area_id = g.area_id and o.period = cell.period::date
            ) here on true
        ) v
    ) parts
    where (select 1 from observations x where x.metric_id = g.metric_id and x.area_id = g.area_id and x.period = cell.period::date) is null
      and parts.with_value > 0
)
select o.metric_id, o.area_id, o.period, o.value, o.numerator, o.denominator, o.status, false as computed
from metrics m
join observations o on o.metric_id = m.id
union all
select j.metric_id, j.area_id, j.period,
       case when not j.computable then null
            when j.rollup = 'Ratio' then round(100 * j.numerator / j.denominator, j.decimals)
            else j.total end,
       case when j.computable and j.rollup = 'Ratio' then j.numerator end,
       case when j.computable and j.rollup = 'Ratio' then j.denominator end,
       case when not j.computable then 'NotComputable' when j.provisional then 'Provisional' else 'Actual' end,
       true
from judged j
union all
select c.metric_id, c.area_id, c.period,
       case when c.with_value = c.part_count and c.denominator > 0 then round(100 * c.numerator / c.denominator, c.decimals) end,
       case when c.with_value = c.part_count and c.denominator > 0 then c.numerator end,
       case when c.with_value = c.part_count and c.denominator > 0 then c.denominator end,
       case when c.with_value < c.part_count or c.denominator = 0 then 'NotComputable' when c.provisional then 'Provisional' else 'Actual' end,
       true
from derived_cells c;
