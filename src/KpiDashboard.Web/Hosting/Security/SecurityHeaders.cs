namespace KpiDashboard.Web.Hosting.Security;

/// <summary>
/// Adds the security headers to every response just before it is sent, so they survive the exception handler and the
/// status-code pages (which clear headers and render again) and cover static files and downloads alike.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, ContentSecurityPolicy policy)
{
    // Nothing in the app uses these; presentation mode will call requestFullscreen on its own page.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), gyroscope=(), hid=(), " +
        "magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Assigned, not appended: Blazor appends its own "frame-ancestors 'self'" to page responses, which the
            // stricter policy here replaces (one policy, frame-ancestors 'none').
            headers.ContentSecurityPolicy = policy.Value;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
