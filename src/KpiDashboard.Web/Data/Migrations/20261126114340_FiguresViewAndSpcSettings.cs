using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FiguresViewAndSpcSettings : Migration
    {
        // Every imported figure, plus the figure of an area with quadrants (the authority) computed from them where
        // no row was imported for it: counts summed, rates as summed numerators over summed denominators (never a mean
        // of percentages), the audit-grade shares falling back on the grade counts, and "NotComputable" when the
        // metric does not add up or a quadrant has no usable figure. A query's filters on area and month reach inside,
        // and only the metric-months the area lacks (usually none) are looked up in its quadrants, by index.
        internal const string CreateFiguresView = """
            create view figures as
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
                select a.id as area_id, count(*) as quadrant_count,
                       min(span.first_period) as first_period, max(span.last_period) as last_period
                from areas a
                join areas quadrant on quadrant.parent_id = a.id
                cross join lateral (
                    select min(o.period) as first_period, max(o.period) as last_period from observations o where o.area_id = quadrant.id
                ) span
                group by a.id
            ),
            -- Only metrics with fewer figures than months for the area (a cheap count on the unique index) are looked at
            -- month by month; an area whose figures were all imported costs one count per metric.
            metric_gaps as (
                select p.area_id, p.quadrant_count, p.first_period, p.last_period, m.id as metric_id, m.code as metric_code, m.rollup
                from parents p
                cross join metrics m
                where (select count(*) from observations x
                       where x.metric_id = m.id and x.area_id = p.area_id and x.period between p.first_period and p.last_period)
                    < extract(year from age(p.last_period, p.first_period)) * 12 + extract(month from age(p.last_period, p.first_period)) + 1
            ),
            missing_cells as (
                select g.area_id, g.quadrant_count, g.metric_id, g.metric_code, g.rollup, cell.period::date as period
                from metric_gaps g
                cross join lateral generate_series(g.first_period, g.last_period, interval '1 month') as cell(period)
                where not exists (
                    select 1 from observations x where x.metric_id = g.metric_id and x.area_id = g.area_id and x.period = cell.period::date)
            ),
            -- A lateral subquery per missing cell, so its quadrants are read only after the anti-join above.
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
            from observations o
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
            """;
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CreateFiguresView);

            migrationBuilder.CreateTable(
                name: "spc_recalculations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_id = table.Column<int>(type: "integer", nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: true),
                    starts_from = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    baseline_months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spc_recalculations", x => x.id);
                    table.CheckConstraint("ck_spc_recalculations_first_of_month", "extract(day from starts_from) = 1");
                    table.ForeignKey(
                        name: "fk_spc_recalculations_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_spc_recalculations_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "spc_settings",
                columns: table => new
                {
                    metric_id = table.Column<int>(type: "integer", nullable: false),
                    shift_length = table.Column<int>(type: "integer", nullable: false),
                    trend_length = table.Column<int>(type: "integer", nullable: false),
                    baseline_months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spc_settings", x => x.metric_id);
                    table.CheckConstraint("ck_spc_settings_shift_length", "shift_length in (6, 7)");
                    table.CheckConstraint("ck_spc_settings_trend_length", "trend_length in (6, 7)");
                    table.ForeignKey(
                        name: "fk_spc_settings_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_spc_recalculations_area_id",
                table: "spc_recalculations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_spc_recalculations_metric_id_area_id_starts_from",
                table: "spc_recalculations",
                columns: new[] { "metric_id", "area_id", "starts_from" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("drop view figures;");

            migrationBuilder.DropTable(
                name: "spc_recalculations");

            migrationBuilder.DropTable(
                name: "spc_settings");
        }
    }
}
