using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace KpiDashboard.Tests.Hosting;

/// <summary>A DBA may deploy with the SQL script (`dotnet ef migrations script`) instead of the migrate verb.</summary>
public sealed class MigrationScriptTests(PostgresServer server)
{
    [Fact]
    public async Task The_generated_migration_script_applies_to_an_empty_database_in_one_go()
    {
        var connectionString = await server.CreateEmptyDatabaseAsync();
        await using var db = new DesignTimeContextFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using (var apply = new NpgsqlCommand(script, connection))
        {
            await apply.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var check = new NpgsqlCommand("select count(*) from \"__EFMigrationsHistory\"", connection);
        Assert.Equal((long)db.Database.GetMigrations().Count(), await check.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        await using var view = new NpgsqlCommand("select count(*) from observations join figures using (metric_id, area_id, period)", connection);
        Assert.Equal(0L, await view.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_migrations_apply_each_named_sql_file_once()
    {
        await using var db = new DesignTimeContextFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript();

        // The schema as it was first released, then publication's additions (a column and the figure version).
        Assert.Equal(["20261203145155_Initial", "20261203175455_PublicationVersions"], db.Database.GetMigrations());
        Assert.Equal(1, Occurrences(script, "create view figures"));
        Assert.Equal(1, Occurrences(script, "create function refuse_delete_while_figures_name_it"));
        Assert.Equal(1, Occurrences(script, "create function bump_figure_version"));
        // The roll-up rules are the catalogue's: no measure code is written into the view.
        Assert.DoesNotContain("audits-", script, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
