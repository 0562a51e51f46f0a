using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Hosting;

/// <summary><c>create-user</c> and <c>create-api-key</c> run as the real app process, as the first administrator and scripts use them.</summary>
public sealed partial class AccountCommandTests(PostgresServer server)
{
    private async Task<(string ConnectionString, Func<string[], Task<AppProcess.Outcome>> Run)> DatabaseAsync()
    {
        var connectionString = await server.CreateCatalogueDatabaseAsync();
        return (connectionString, args => AppProcess.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Kpi"] = connectionString, ["Database__SeedOnStart"] = "false" }, args));
    }

    [Fact]
    public async Task Create_user_prints_a_generated_password_once_that_signs_in_with_the_roles_given()
    {
        var (connectionString, run) = await DatabaseAsync();

        var outcome = await run(["create-user", "--email", "ann@council.example", "--role", "Admin", "--role", "analyst"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Made the account ann@council.example with the role(s) Admin, Analyst.", outcome.Output, StringComparison.Ordinal);
        var password = Password().Match(outcome.Output).Groups[1].Value;
        await using var app = TestApp.Build(connectionString);
        await app.ConnectAsync();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("ann@council.example");
        Assert.True(await users.CheckPasswordAsync(user!, password));
        Assert.Equal([Roles.Admin, Roles.Analyst], (await users.GetRolesAsync(user!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_api_key_prints_a_key_that_the_API_accepts_and_an_unknown_user_exits_1_with_a_sentence()
    {
        var (connectionString, run) = await DatabaseAsync();
        Assert.Equal(0, (await run(["create-user", "--email", "script@council.example", "--role", "Analyst"])).ExitCode);

        var made = await run(["create-api-key", "--email", "script@council.example", "--name", "monthly upload", "--days", "30"]);
        var unknown = await run(["create-api-key", "--email", "nobody@council.example", "--name", "x"]);

        Assert.Equal(0, made.ExitCode);
        var key = made.Output.Trim().Split('\n')[^1];
        await using var app = TestApp.Build(connectionString);
        await app.ConnectAsync();
        var check = await app.Get<ApiKeyService>().CheckAsync(key, TestContext.Current.CancellationToken);
        Assert.Null(check.Problem);
        Assert.Equal("script@council.example", check.User!.Email);
        Assert.Equal([Roles.Analyst], check.Roles);
        Assert.Equal((1, "There is no user with the email nobody@council.example."), (unknown.ExitCode, unknown.Errors.Trim()));
    }

    [Theory]
    [InlineData("create-user --email a@b.example", "create-user needs at least one --role (Viewer, Presenter, Analyst or Admin).")]
    [InlineData("create-user --role Admin", "create-user needs --email.")]
    [InlineData("create-api-key --email a@b.example", "create-api-key needs --name, saying what will use the key.")]
    [InlineData("create-api-key --email a@b.example --name x --days many", "--days must be a whole number of days; 'many' is not.")]
    public void Missing_or_bad_options_are_usage_errors_with_a_sentence(string line, string problem)
    {
        Assert.Equal(problem, Web.Hosting.CommandLine.Parse(line.Split(' ')).Problem);
    }

    [Fact]
    public async Task An_unknown_role_exits_1_naming_the_roles()
    {
        var (_, run) = await DatabaseAsync();

        var outcome = await run(["create-user", "--email", "ann@council.example", "--role", "Boss"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("There is no role 'Boss'; the roles are Viewer, Presenter, Analyst, Admin.", outcome.Errors.Trim());
    }

    [GeneratedRegex(@"Its password \(shown only now\): (\S+)")]
    private static partial Regex Password();
}
