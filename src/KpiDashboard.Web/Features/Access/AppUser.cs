using Microsoft.AspNetCore.Identity;

namespace KpiDashboard.Web.Features.Access;

/// <summary>A person who signs in: a local account, or one made at first single sign-on.</summary>
public sealed class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an Admin disabled the account; a disabled account cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
