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
    }
}
