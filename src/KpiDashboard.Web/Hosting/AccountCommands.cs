using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Web.Hosting;

/// <summary><c>create-user</c> and <c>create-api-key</c>: the first administrator, and keys for scripts.</summary>
public static class AccountCommands
{
    public static async Task<int> CreateUserAsync(WebApplication app, AccountArguments account)
    {
        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        var password = ReadPassword();
        var made = await app.Services.GetRequiredService<UserAccounts>().CreateAsync(account.Email, account.Roles, password, Actor.CommandLine);
        if (!made.Succeeded)
        {
            made.Problems.ToList().ForEach(Console.Error.WriteLine);
            return CommandRunner.ValidationErrors;
        }

        Console.WriteLine($"Made the account {made.User!.Email} with the role(s) {string.Join(", ", account.Roles.Select(Roles.Find))}.");
        if (made.GeneratedPassword is { } generated)
        {
            Console.WriteLine($"Its password (shown only now): {generated}");
        }

        return CommandRunner.Success;
    }

    public static async Task<int> CreateApiKeyAsync(WebApplication app, AccountArguments account)
    {
        await app.Services.GetRequiredService<DatabasePreparation>().StartAsync(CancellationToken.None);
        var (key, problem) = await app.Services.GetRequiredService<ApiKeyService>()
            .CreateAsync(account.Email, account.KeyName, account.Days, Actor.CommandLine);
        if (key is null)
        {
            Console.Error.WriteLine(problem);
            return CommandRunner.ValidationErrors;
        }

        Console.WriteLine($"Made the API key '{account.KeyName}' for {account.Email.Trim()}, valid until {key.ExpiresAt:d MMMM yyyy} (shown only now; send it as Authorization: Bearer <key>):");
        Console.WriteLine(key.Secret);
        return CommandRunner.Success;
    }

    /// <summary>The first line of standard input when it is redirected (a script, or <c>echo ... |</c>); null to generate one.</summary>
    private static string? ReadPassword() =>
        Console.IsInputRedirected && Console.In.ReadLine() is { Length: > 0 } line ? line.TrimEnd('\r') : null;
}
