using Microsoft.AspNetCore.Identity;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// Signs in the person the provider vouched for: their account is the one linked to their subject (Identity's external
/// logins), else a local account with the same email when the provider says that email is verified and the account is
/// not linked to anyone yet, else a new account. Their roles are set from the mapped claim values at every sign-in, so
/// a change at the provider takes effect at the next one; someone with no mapped role is refused and nothing is made.
/// The sign-in itself is Identity's, into the application cookie, so disabling, lockout, revalidation and the audit log
/// work as for a password.
/// </summary>
public sealed class SingleSignOnAccounts(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    UserAccounts accounts,
    AuditLog audit,
    SingleSignOnSettings settings,
    TimeProvider clock)
{
    private sealed record Refusal(SingleSignOnProblem Problem, string Reason);

    /// <summary>Null when the person is signed in, else why not.</summary>
    public async Task<SingleSignOnProblem?> SignInAsync(SingleSignOnPerson person, string? address)
    {
        var actor = new Actor(person.Name, address);
        var roles = settings.RoleMap.RolesFor(person.RoleClaimValues);
        var linked = await users.FindByLoginAsync(SingleSignOnSetup.Scheme, person.Subject);
        if (roles.Count == 0)
        {
            if (linked is not null)
            {
                await SetRolesAsync(linked, roles, actor);
            }

            return await RefuseAsync(person, actor, new Refusal(SingleSignOnProblem.NoRole,
                $"no mapped value in the {settings.RoleClaim} claim ({Describe(person.RoleClaimValues, "none sent")})"));
        }

        var (user, refusal) = linked is not null ? (linked, null) : await LinkOrCreateAsync(person, roles, actor);
        if (refusal is not null)
        {
            return await RefuseAsync(person, actor, refusal);
        }

        if (user!.IsDisabled)
        {
            return await RefuseAsync(person, actor, new Refusal(SingleSignOnProblem.Disabled, "account disabled"));
        }

        await SetRolesAsync(user, roles, actor);
        var result = await signIn.ExternalLoginSignInAsync(SingleSignOnSetup.Scheme, person.Subject, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded)
        {
            return await RefuseAsync(person, actor, result.IsLockedOut
                ? new Refusal(SingleSignOnProblem.LockedOut, "locked out")
                : new Refusal(SingleSignOnProblem.Disabled, "account disabled"));
        }

        await audit.RecordAsync(actor, AuditActions.SignIn, $"user {user.Email}", $"single sign-on; roles: {Describe(roles, "none")}");
        return null;
    }

    private async Task<(AppUser? User, Refusal? Refusal)> LinkOrCreateAsync(SingleSignOnPerson person, IReadOnlyList<string> roles, Actor actor)
    {
        if (person.Email is null)
        {
            return (null, new Refusal(SingleSignOnProblem.NoEmail, "the provider sent no email address"));
        }

        var login = new UserLoginInfo(SingleSignOnSetup.Scheme, person.Subject, settings.DisplayName);
        if (await users.FindByEmailAsync(person.Email) is { } existing)
        {
            if (!person.EmailVerified || (await users.GetLoginsAsync(existing)).Any(l => l.LoginProvider == SingleSignOnSetup.Scheme))
            {
                return (null, new Refusal(SingleSignOnProblem.EmailTaken, person.EmailVerified
                    ? "an account with this email is linked to another person at the provider"
                    : "an account with this email exists and the provider did not say the email is verified"));
            }

            await users.AddLoginAsync(existing, login);
            await audit.RecordAsync(actor, AuditActions.SingleSignOnLinked, $"user {existing.Email}", $"single sign-on: subject {person.Subject}, verified email");
            return (existing, null);
        }

        await accounts.EnsureRolesAsync();
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, new Refusal(SingleSignOnProblem.Failed, $"the account could not be made: {string.Join(" ", created.Errors.Select(e => e.Description))}"));
        }

        await users.AddLoginAsync(user, login);
        await users.AddToRolesAsync(user, roles);
        await audit.RecordAsync(actor, AuditActions.UserCreated, $"user {user.Email}", $"single sign-on: subject {person.Subject}; roles: {Describe(roles, "none")}");
        return (user, null);
    }

    /// <summary>Gives the user exactly these roles; only a change renews the security stamp (ending their live pages' old access).</summary>
    private async Task SetRolesAsync(AppUser user, IReadOnlyList<string> roles, Actor actor)
    {
        var held = (await users.GetRolesAsync(user)).ToHashSet();
        if (held.SetEquals(roles))
        {
            return;
        }

        await accounts.EnsureRolesAsync();
        await users.RemoveFromRolesAsync(user, held.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(held));
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, AuditActions.RolesChanged, $"user {user.Email}",
            $"single sign-on: {Describe(held, "no roles")} → {Describe(roles, "no roles")}");
    }

    private async Task<SingleSignOnProblem> RefuseAsync(SingleSignOnPerson person, Actor actor, Refusal refusal)
    {
        await audit.RecordAsync(actor, AuditActions.SignInFailed, $"user {person.Name}", $"single sign-on: {refusal.Reason}");
        return refusal.Problem;
    }

    private static string Describe(IEnumerable<string> values, string whenNone) =>
        values.Any() ? string.Join(", ", values.Order(StringComparer.Ordinal)) : whenNone;
}
