using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Web.Data.Migrations
{
    /// <summary>
    /// The PDF and PowerPoint files of published packs, made once and kept, shared by every instance of the app. The
    /// table is outside the EF model on purpose: Features/Exports/PackFileStore reads and writes the bytes with Npgsql.
    /// </summary>
    public partial class PackFiles : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE pack_files (
                    pack_id integer NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
                    format text NOT NULL CHECK (format IN ('pdf', 'pptx')),
                    content_hash text NOT NULL,
                    file_name text NOT NULL,
                    content_type text NOT NULL,
                    bytes bytea NOT NULL,
                    made_at timestamp with time zone NOT NULL,
                    PRIMARY KEY (pack_id, format)
                );
                COMMENT ON COLUMN pack_files.content_hash IS 'SHA-256 of the pack content the file was made from: a figure revised after publishing changes it, and the file is made again once.';
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE pack_files;");
        }
    }
}
