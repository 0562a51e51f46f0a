using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// Limits on the API and downloads, per signed-in user or API key, not per address (a council's staff share one);
/// anonymous visitors of the public scorecard have no name, so theirs are per client address, with a lower limit.
/// Sign-in attempts are limited per account by <see cref="SignInThrottle"/>. Past a limit the answer is 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Api = "api";
    public const string Downloads = "downloads";

    public static void Add(RateLimiterOptions limiter, AccessOptions access)
    {
        limiter.AddPolicy(Api, context => PerMinute(Partition(context), IsAnonymous(context) ? access.PublicApiCallsPerMinute : access.ApiCallsPerMinute));
        limiter.AddPolicy(Downloads, context => PerMinute(Partition(context), access.DownloadsPerMinute));
        limiter.OnRejected = RejectAsync;
    }

    /// <summary>The key's id for a key, else the user's name, else (an anonymous scorecard visitor) the client's address.</summary>
    private static string Partition(HttpContext context) =>
        context.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value is { } key ? "key:" + key
        : IsAnonymous(context) ? "address:" + context.Connection.RemoteIpAddress
        : "user:" + context.User.Identity?.Name;

    private static bool IsAnonymous(HttpContext context) => context.User.Identity?.IsAuthenticated != true;

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var sentence = $"Too many requests from {(IsAnonymous(context) ? "this address" : context.User.Identity?.Name ?? "this account")}; try again in {seconds} seconds.";
        if (ApiProblem.IsApi(context.Request))
        {
            await ApiProblem.WriteAsync(context, StatusCodes.Status429TooManyRequests, sentence);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(sentence, cancellationToken);
    }
}
