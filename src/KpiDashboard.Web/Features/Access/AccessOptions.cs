namespace KpiDashboard.Web.Features.Access;

/// <summary>Configuration section <c>Access</c>: sessions, lockout and rate limits.</summary>
public sealed class AccessOptions
{
    /// <summary>How often a live page re-checks that its user still exists, is enabled and holds the same roles.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts per account per minute, whatever their outcome.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>API calls per user or key per minute.</summary>
    public int ApiCallsPerMinute { get; set; } = 300;

    /// <summary>API calls per client address per minute by anonymous visitors of the public scorecard.</summary>
    public int PublicApiCallsPerMinute { get; set; } = 60;

    /// <summary>Downloads (templates, exports) per user per minute.</summary>
    public int DownloadsPerMinute { get; set; } = 60;
}
