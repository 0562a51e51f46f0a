-- The figures view as it was before the roll-up rules moved into the catalogue (commit 7441785, migration
-- FiguresViewFollowsTheKey), created as figures_before so the benchmark can time the overview's statement and a detail
-- series on it and on today's figures view in the same run. Its share rule is the audit grades' codes written in
-- (none of them exist in the benchmark's catalogue), so there it computes every authority's figure from its sub-areas.
create view figures_before as
with ratio_parts(metric_code, part_code, role) as (
    values
        ('audits-inadequate-pct', 'audits-inadequate', 'numerator'),
        ('audits-good-or-better-pct', 'audits-outstanding', 'numerator'),
        ('audits-good-or-better-pct', 'audits-good', 'numerator'),
        ('audits-inadequate-pct', 'audits-outstanding', 'denominator'),
        ('audits-inadequate-pct', 'audits-good', 'denominator'),
        ('audits-inadequate-pct', 'audits-requires-improvement', 'denominator'),
        ('audits-inadequate-pct', 'audits-inadequate', 'denominator'),
        ('audits-good-or-better-pct', 'audits-outstanding', 'denominator'),
        ('audits-good-or-better-pct', 'audits-good', 'denominator'),
        ('audits-good-or-better-pct', 'audits-requires-improvement', 'denominator'),
        ('audits-good-or-better-pct', 'audits-inadequate', 'denominator')
),
parents as (
    select a.id as area_id, count(*) as quadrant_count, array_agg(quadrant.id) as quadrant_ids
    from areas a
    join areas quadrant on quadrant.parent_id = a.id
    group by a.id
),
-- What each area with quadrants holds itself, per metric: one short range of the key each.
own as (
    select p.area_id, p.quadrant_count, p.quadrant_ids, m.id as metric_id, m.code as metric_code, m.rollup,
           held.figure_count, held.first_period, held.last_period
    from parents p
    cross join metrics m
    cross join lateral (
        select count(*) as figure_count, min(o.period) as first_period, max(o.period) as last_period
        from observations o where o.metric_id = m.id and o.area_id = p.area_id
    ) held
),
-- The metrics whose own series has a hole, or whose quadrants have a month before or after it: only these are
-- looked at month by month (a series held in full costs two probes of the key per quadrant).
metric_gaps as (
    select o.area_id, o.quadrant_count, o.metric_id, o.metric_code, o.rollup, span.first_period, span.last_period
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
-- The months of those metrics' spans that the area lacks, each probed in the key.
missing_cells as (
    select g.area_id, g.quadrant_count, g.metric_id, g.metric_code, g.rollup, cell.period::date as period
    from metric_gaps g
    cross join lateral generate_series(g.first_period, g.last_period, interval '1 month') as cell(period)
    where (select 1 from observations x where x.metric_id = g.metric_id and x.area_id = g.area_id and x.period = cell.period::date) is null
),
judged as (
    select c.area_id, c.metric_id, c.period, c.rollup, q.*,
           case c.rollup
               when 'Sum' then q.with_value = c.quadrant_count
               when 'Ratio' then q.with_numerator = c.quadrant_count and q.with_denominator = c.quadrant_count and q.denominator > 0
               else false
           end as computable
    from missing_cells c
    cross join lateral (
        select count(*) as quadrant_rows,
               count(o.value) as with_value,
               sum(o.value) as total,
               count(coalesce(o.numerator, case when grades.complete then grades.numerator end)) as with_numerator,
               count(coalesce(o.denominator, case when grades.complete then grades.denominator end)) as with_denominator,
               sum(coalesce(o.numerator, case when grades.complete then grades.numerator end)) as numerator,
               sum(coalesce(o.denominator, case when grades.complete then grades.denominator end)) as denominator,
               bool_or(o.status = 'Provisional') as provisional
        from areas quadrant
        join observations o on o.metric_id = c.metric_id and o.area_id = quadrant.id and o.period = c.period
        cross join lateral (
            select sum(part.value) filter (where p.role = 'numerator') as numerator,
                   sum(part.value) filter (where p.role = 'denominator') as denominator,
                   bool_and(part.value is not null) as complete
            from ratio_parts p
            join metrics part_metric on part_metric.code = p.part_code
            left join observations part
                on part.metric_id = part_metric.id and part.area_id = quadrant.id and part.period = c.period
            where p.metric_code = c.metric_code
        ) grades
        where quadrant.parent_id = c.area_id
    ) q
    where q.quadrant_rows > 0
)
select o.metric_id, o.area_id, o.period, o.value, o.numerator, o.denominator, o.status, false as computed
from metrics m
join observations o on o.metric_id = m.id
union all
select j.metric_id, j.area_id, j.period,
       case when not j.computable then null
            when j.rollup = 'Ratio' then round(100 * j.numerator / j.denominator, 1)
            else j.total end,
       case when j.computable and j.rollup = 'Ratio' then j.numerator end,
       case when j.computable and j.rollup = 'Ratio' then j.denominator end,
       case when not j.computable then 'NotComputable' when j.provisional then 'Provisional' else 'Actual' end,
       true
from judged j;
