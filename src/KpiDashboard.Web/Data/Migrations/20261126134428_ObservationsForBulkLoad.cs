using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ObservationsForBulkLoad : Migration
    {
        // The figures tables lost their foreign keys (checked per row, they dominated a bulk import);
        // these triggers keep the one promise those keys made here: what figures name cannot be deleted.
        private const string CreateDeleteGuards = """
            create function refuse_delete_while_figures_name_it() returns trigger language plpgsql as $$
            declare
                named boolean;
            begin
                if tg_table_name = 'metrics' then
                    named := exists (select 1 from observations where metric_id = old.id)
                          or exists (select 1 from observation_revisions where metric_id = old.id);
                elsif tg_table_name = 'areas' then
                    named := exists (select 1 from observations where area_id = old.id)
                          or exists (select 1 from observation_revisions where area_id = old.id);
                else
                    named := exists (select 1 from observations where import_id = old.id)
                          or exists (select 1 from observation_revisions where old.id in (import_id, superseded_by_import_id));
                end if;
                if named then
                    raise exception 'cannot delete % %: figures still refer to it', tg_table_name, old.id
                        using errcode = 'foreign_key_violation';
                end if;
                return old;
            end
            $$;
            create trigger metrics_delete_guard before delete on metrics for each row execute function refuse_delete_while_figures_name_it();
            create trigger areas_delete_guard before delete on areas for each row execute function refuse_delete_while_figures_name_it();
            create trigger imports_delete_guard before delete on imports for each row execute function refuse_delete_while_figures_name_it();
            """;

        private const string DropDeleteGuards = """
            drop trigger metrics_delete_guard on metrics;
            drop trigger areas_delete_guard on areas;
            drop trigger imports_delete_guard on imports;
            drop function refuse_delete_while_figures_name_it();
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_observation_revisions_areas_area_id",
                table: "observation_revisions");

            migrationBuilder.DropForeignKey(
                name: "fk_observation_revisions_imports_import_id",
                table: "observation_revisions");

            migrationBuilder.DropForeignKey(
                name: "fk_observation_revisions_imports_superseded_by_import_id",
                table: "observation_revisions");

            migrationBuilder.DropForeignKey(
                name: "fk_observation_revisions_metrics_metric_id",
                table: "observation_revisions");

            migrationBuilder.DropForeignKey(
                name: "fk_observations_areas_area_id",
                table: "observations");

            migrationBuilder.DropForeignKey(
                name: "fk_observations_imports_import_id",
                table: "observations");

            migrationBuilder.DropForeignKey(
                name: "fk_observations_metrics_metric_id",
                table: "observations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_observations",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "ix_observations_area_id_period",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "ix_observations_import_id",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "ix_observations_metric_id_area_id_period",
                table: "observations");

            migrationBuilder.DropIndex(
                name: "ix_observation_revisions_area_id",
                table: "observation_revisions");

            migrationBuilder.DropIndex(
                name: "ix_observation_revisions_import_id",
                table: "observation_revisions");

            migrationBuilder.DropColumn(
                name: "id",
                table: "observations");

            migrationBuilder.AddPrimaryKey(
                name: "pk_observations",
                table: "observations",
                columns: new[] { "metric_id", "area_id", "period" });

            migrationBuilder.Sql(CreateDeleteGuards);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropDeleteGuards);

            migrationBuilder.DropPrimaryKey(
                name: "pk_observations",
                table: "observations");

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "observations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "pk_observations",
                table: "observations",
                column: "id");

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

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_area_id",
                table: "observation_revisions",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_observation_revisions_import_id",
                table: "observation_revisions",
                column: "import_id");

            migrationBuilder.AddForeignKey(
                name: "fk_observation_revisions_areas_area_id",
                table: "observation_revisions",
                column: "area_id",
                principalTable: "areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observation_revisions_imports_import_id",
                table: "observation_revisions",
                column: "import_id",
                principalTable: "imports",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observation_revisions_imports_superseded_by_import_id",
                table: "observation_revisions",
                column: "superseded_by_import_id",
                principalTable: "imports",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observation_revisions_metrics_metric_id",
                table: "observation_revisions",
                column: "metric_id",
                principalTable: "metrics",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observations_areas_area_id",
                table: "observations",
                column: "area_id",
                principalTable: "areas",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observations_imports_import_id",
                table: "observations",
                column: "import_id",
                principalTable: "imports",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_observations_metrics_metric_id",
                table: "observations",
                column: "metric_id",
                principalTable: "metrics",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
