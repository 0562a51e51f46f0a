namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// One account per role for the embedded default only, listed with its password on the sign-in page, so the README's
/// run command shows a newcomer the dashboard in one step. Never made for a configured database.
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Role, string Password);

    public static readonly IReadOnlyList<Account> All =
    [
        new("viewer@demo.kpidashboard.test", Roles.Viewer, "demo-viewer-2020"),
        new("presenter@demo.kpidashboard.test", Roles.Presenter, "demo-presenter-2020"),
        new("analyst@demo.kpidashboard.test", Roles.Analyst, "demo-analyst-2020"),
        new("admin@demo.kpidashboard.test", Roles.Admin, "demo-admin-2020"),
    ];

    /// <summary>Makes the accounts that do not exist yet.</summary>
    public static async Task EnsureAsync(UserAccounts accounts)
    {
        var existing = (await accounts.ListAsync()).Select(u => u.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var account in All.Where(a => !existing.Contains(a.Email)))
        {
            var made = await accounts.CreateAsync(account.Email, [account.Role], account.Password, Actor.System);
            if (!made.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {account.Email} could not be made: {string.Join(" ", made.Problems)}");
            }
        }
    }
}
