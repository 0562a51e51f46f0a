using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_areas_areas_parent_id",
                        column: x => x.parent_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    content_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    new_values = table.Column<int>(type: "integer", nullable: false),
                    changed_values = table.Column<int>(type: "integer", nullable: false),
                    unchanged_values = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "metrics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    polarity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rollup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_metrics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annotations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    metric_id = table.Column<int>(type: "integer", nullable: true),
                    area_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annotations", x => x.id);
                    table.ForeignKey(
                        name: "fk_annotations_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_annotations_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "metric_targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_id = table.Column<int>(type: "integer", nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    target = table.Column<decimal>(type: "numeric", nullable: true),
                    green = table.Column<decimal>(type: "numeric", nullable: false),
                    red = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_metric_targets", x => x.id);
                    table.CheckConstraint("ck_metric_targets_first_of_month", "extract(day from effective_from) = 1");
                    table.ForeignKey(
                        name: "fk_metric_targets_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_metric_targets_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "observation_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_id = table.Column<int>(type: "integer", nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    numerator = table.Column<decimal>(type: "numeric", nullable: true),
                    denominator = table.Column<decimal>(type: "numeric", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    superseded_by_import_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observation_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_observation_revisions_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observation_revisions_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observation_revisions_imports_superseded_by_import_id",
                        column: x => x.superseded_by_import_id,
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observation_revisions_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_id = table.Column<int>(type: "integer", nullable: false),
                    area_id = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    numerator = table.Column<decimal>(type: "numeric", nullable: true),
                    denominator = table.Column<decimal>(type: "numeric", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    import_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observations", x => x.id);
                    table.CheckConstraint("ck_observations_first_of_month", "extract(day from period) = 1");
                    table.CheckConstraint("ck_observations_value_matches_status", "(status in ('Actual', 'Provisional')) = (value is not null)");
                    table.ForeignKey(
                        name: "fk_observations_areas_area_id",
                        column: x => x.area_id,
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_observations_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annotations_area_id",
                table: "annotations",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_annotations_date_text",
                table: "annotations",
                columns: new[] { "date", "text" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_annotations_metric_id",
                table: "annotations",
                column: "metric_id");

            migrationBuilder.CreateIndex(
                name: "ix_areas_code",
                table: "areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_areas_parent_id",
                table: "areas",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_imports_content_hash",
                table: "imports",
                column: "content_hash");

            migrationBuilder.CreateIndex(
                name: "ix_metric_targets_area_id",
                table: "metric_targets",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_metric_targets_metric_id_area_id_effective_from",
                table: "metric_targets",
                columns: new[] { "metric_id", "area_id", "effective_from" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_metrics_code",
                table: "metrics",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_area_id",
                table: "observation_revisions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_import_id",
                table: "observation_revisions",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_metric_id_area_id_period",
                table: "observation_revisions",
                columns: new[] { "metric_id", "area_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_superseded_by_import_id",
                table: "observation_revisions",
                column: "superseded_by_import_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_area_id_period",
                table: "observations",
                columns: new[] { "area_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_observations_import_id",
                table: "observations",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_observations_metric_id_area_id_period",
                table: "observations",
                columns: new[] { "metric_id", "area_id", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annotations");

            migrationBuilder.DropTable(
                name: "metric_targets");

            migrationBuilder.DropTable(
                name: "observation_revisions");

            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "areas");

            migrationBuilder.DropTable(
                name: "imports");

            migrationBuilder.DropTable(
                name: "metrics");
        }
    }
}
