using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportUndo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "imports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Committed");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "undone_at",
                table: "imports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "undone_by",
                table: "imports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "status",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "undone_at",
                table: "imports");

            migrationBuilder.DropColumn(
                name: "undone_by",
                table: "imports");
        }
    }
}
