using System.Security.Cryptography;
using KpiDashboard.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Access;

public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedOutUntil, bool SignsInWithSingleSignOn);

/// <summary>The outcome of making an account: the user, the password if one was generated (shown once), or the problems.</summary>
public sealed record NewAccount(AppUser? User, string? GeneratedPassword, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Accounts and their roles, for the command line, the Admin pages and the demo accounts. Identity's managers live
/// in a scope of their own per operation, so this works from a live page as well as from a request.
/// </summary>
public sealed class UserAccounts(IServiceScopeFactory scopes, IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>Makes a local account; without a password one is generated and returned once.</summary>
    public async Task<NewAccount> CreateAsync(string email, IReadOnlyCollection<string> roles, string? password, Actor actor)
    {
        var problems = RoleProblems(roles).ToList();
        if (problems.Count > 0)
        {
            return new NewAccount(null, null, problems);
        }

        await EnsureRolesAsync();
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var generated = password is null ? GeneratePassword() : null;
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
        {
            return new NewAccount(null, null, created.Errors.Select(e => Sentence(e, email)).ToList());
        }

        await users.AddToRolesAsync(user, roles.Select(r => Roles.Find(r)!));
        await audit.RecordAsync(actor, AuditActions.UserCreated, $"user {user.Email}", $"roles: {string.Join(", ", roles.Select(Roles.Find))}");
        return new NewAccount(user, generated, []);
    }

    /// <summary>Gives a user exactly these roles; their live pages lose what they lost at the next revalidation.</summary>
    public async Task<string?> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, Actor actor)
    {
        if (RoleProblems(roles).FirstOrDefault() is { } problem)
        {
            return problem;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return "There is no such user.";
        }

        var wanted = roles.Select(r => Roles.Find(r)!).ToHashSet();
        var held = (await users.GetRolesAsync(user)).ToHashSet();
        if (IsSelf(user, actor) && held.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
        {
            return "You cannot take the Admin role from your own account; another Admin can.";
        }

        await users.RemoveFromRolesAsync(user, held.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(held));
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, AuditActions.RolesChanged, $"user {user.Email}",
            $"{Describe(held)} → {Describe(wanted)}");
        return null;
    }

    /// <summary>Disables (or enables again) an account: no sign-in, no API key, and live pages end at the next revalidation.</summary>
    public async Task<string?> SetDisabledAsync(string userId, bool disabled, Actor actor)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return "There is no such user.";
        }

        if (disabled && IsSelf(user, actor))
        {
            return "You cannot disable your own account; another Admin can.";
        }

        user.DisabledAt = disabled ? user.DisabledAt ?? clock.GetUtcNow() : null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, $"user {user.Email}");
        return null;
    }

    /// <summary>Ends a lockout after repeated failed sign-ins, and clears the count of failures.</summary>
    public async Task<string?> UnlockAsync(string userId, Actor actor)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return "There is no such user.";
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(actor, AuditActions.UserUnlocked, $"user {user.Email}");
        return null;
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var external = await db.UserLogins.Select(l => l.UserId).Distinct().ToListAsync(cancellationToken);
        var users = await db.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return users.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? u.Id,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(),
            u.CreatedAt, u.DisabledAt, u.LockoutEnd > clock.GetUtcNow() ? u.LockoutEnd : null, external.Contains(u.Id))).ToList();
    }

    private static bool IsSelf(AppUser user, Actor actor) => string.Equals(user.Email, actor.Name, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> RoleProblems(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0)
        {
            yield return $"Give at least one role: {string.Join(", ", Roles.All)}.";
        }

        foreach (var role in roles.Where(r => Roles.Find(r) is null))
        {
            yield return $"There is no role '{role}'; the roles are {string.Join(", ", Roles.All)}.";
        }
    }

    private static string Describe(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order(StringComparer.Ordinal)) : "no roles";

    /// <summary>Identity's refusals as our sentences, with the address named.</summary>
    private static string Sentence(IdentityError error, string email) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => $"There is already an account for {email.Trim()}.",
        "InvalidEmail" or "InvalidUserName" => $"'{email}' is not an email address.",
        _ => error.Description,
    };

    /// <summary>20 random URL-safe characters (120 bits).</summary>
    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
}
