using System.Security.Claims;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// The person the provider vouched for, read from the ID token's claims under their own names (the handler does not
/// rename them): the subject, the email (else the <c>preferred_username</c>, which Entra ID fills with the sign-in
/// name), whether the provider says the email is verified, and the values of the role claim.
/// </summary>
public sealed record SingleSignOnPerson(string Subject, string? Email, bool EmailVerified, IReadOnlyList<string> RoleClaimValues)
{
    public static SingleSignOnPerson? From(ClaimsPrincipal principal, string roleClaim)
    {
        if (principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            return null;
        }

        var email = principal.FindFirstValue("email") is { Length: > 0 } address ? address
            : principal.FindFirstValue("preferred_username") is { } name && name.Contains('@', StringComparison.Ordinal) ? name
            : null;
        var verified = principal.FindFirstValue("email") is { Length: > 0 }
            && string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        return new SingleSignOnPerson(subject, email?.Trim(), verified, principal.FindAll(roleClaim).Select(c => c.Value).ToList());
    }

    /// <summary>How the audit log names the person.</summary>
    public string Name => Email ?? $"subject {Subject}";
}
