using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <summary>
    /// Publishing safely: a pack can be marked for publication, and the figure version (Data/Sql/figure-versions.sql)
    /// that tells the suppression step when its plan is out of date.
    /// </summary>
    public partial class PublicationVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "for_publication",
                table: "packs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql(SqlScripts.FigureVersions);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("drop function bump_figure_version() cascade; drop table figure_versions;");

            migrationBuilder.DropColumn(
                name: "for_publication",
                table: "packs");
        }
    }
}
