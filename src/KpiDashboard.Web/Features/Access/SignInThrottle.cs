using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Access;

/// <summary>Sign-in attempts per account (the email typed), so one person guessing cannot slow everyone behind the council's address.</summary>
public sealed class SignInThrottle(IOptions<AccessOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead, else how long to wait.</summary>
    public TimeSpan? Wait(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
