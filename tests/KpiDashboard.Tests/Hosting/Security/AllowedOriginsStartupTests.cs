using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.Tests.Hosting.Security;

public sealed class AllowedOriginsStartupTests(PostgresServer server)
{
    [Fact]
    public async Task An_allowed_origin_that_is_not_one_stops_the_app_with_one_sentence()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = await server.CreateSeededDatabaseAsync(),
            ["Database__SeedOnStart"] = "false",
            ["Security__AllowedOrigins__0"] = "kpi.council.example/dashboard",
        });

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            "Security:AllowedOrigins must list origins written as scheme://host[:port] with no path, e.g. https://kpi.council.example.",
            outcome.Errors.Trim());
    }
}
