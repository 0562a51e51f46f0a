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
        // metric does not add up or a quadrant has no usable figure. The filters of a query reach inside (by area,
        // metric and month), so PostgreSQL only groups the rows asked for.
        private const string CreateFiguresView = """
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
            grade_shares as (
                select share.id as metric_id, o.area_id, o.period,
                       sum(o.value) filter (where p.role = 'numerator') as numerator,
                       sum(o.value) filter (where p.role = 'denominator') as denominator
                from ratio_parts p
                join metrics share on share.code = p.metric_code
                join metrics part on part.code = p.part_code
                join observations o on o.metric_id = part.id
                group by share.id, o.area_id, o.period
                having count(o.value) = (select count(*) from ratio_parts q where q.metric_code = min(share.code))
            ),
            quadrants as (
                select parent_id as area_id, count(*) as quadrant_count from areas where parent_id is not null group by parent_id
            ),
            rolled as (
                select o.metric_id, a.parent_id as area_id, o.period, m.rollup,
                       count(o.value) as with_value,
                       sum(o.value) as total,
                       count(coalesce(o.numerator, g.numerator)) as with_numerator,
                       count(coalesce(o.denominator, g.denominator)) as with_denominator,
                       sum(coalesce(o.numerator, g.numerator)) as numerator,
                       sum(coalesce(o.denominator, g.denominator)) as denominator,
                       bool_or(o.status = 'Provisional') as provisional
                from observations o
                join areas a on a.id = o.area_id and a.parent_id is not null
                join metrics m on m.id = o.metric_id
                left join grade_shares g on g.metric_id = o.metric_id and g.area_id = o.area_id and g.period = o.period
                group by o.metric_id, a.parent_id, o.period, m.rollup
            ),
            judged as (
                select r.*,
                       case r.rollup
                           when 'Sum' then r.with_value = q.quadrant_count
                           when 'Ratio' then r.with_numerator = q.quadrant_count and r.with_denominator = q.quadrant_count and r.denominator > 0
                           else false
                       end as computable
                from rolled r
                join quadrants q on q.area_id = r.area_id
                where not exists (select 1 from observations x where x.metric_id = r.metric_id and x.area_id = r.area_id and x.period = r.period)
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
            from judged j
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
            migrationBuilder.Sql("drop view figures");

            migrationBuilder.DropTable(
                name: "spc_recalculations");

            migrationBuilder.DropTable(
                name: "spc_settings");
        }
    }
}
