using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ObservationsCheapMonthCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_observations_first_of_month",
                table: "observations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_observations_first_of_month",
                table: "observations",
                sql: "date_part('day', period) = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_observations_first_of_month",
                table: "observations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_observations_first_of_month",
                table: "observations",
                sql: "extract(day from period) = 1");
        }
    }
}
