using System.Globalization;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Admin;

/// <summary>
/// <c>GET /admin/audit.csv</c>: the audit log through the page's filter, as CSV, for an Admin's page (its cookie) or
/// an Admin's API key (a council's log collector).
/// </summary>
public static class AuditEndpoints
{
    public const string CsvPath = "/admin/audit.csv";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(CsvPath, DownloadAsync).RequireRateLimiting(RateLimits.Downloads)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Administer) { AuthenticationSchemes = AccessSetup.ApiScheme });
        return app;
    }

    private static async Task DownloadAsync(HttpContext context, AuditQuery audit, string? action, string? who, string? text, string? from, string? to)
    {
        var (filter, problem) = AuditFilter.Parse(action, who, text, from, to);
        if (filter is null)
        {
            await ApiProblem.WriteAsync(context, StatusCodes.Status400BadRequest, problem!);
            return;
        }

        var name = $"audit-log-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        // The writer is synchronous; it fills a buffer that is sent asynchronously a piece at a time.
        await using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(buffer);
        csv.WriteHeader("when (UTC)", "who", "action", "target", "detail", "address");
        await foreach (var entry in audit.StreamAsync(filter, context.RequestAborted))
        {
            csv.WriteRow(CsvCell.Text(entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), CsvCell.Text(entry.Actor),
                CsvCell.Text(entry.Action), CsvCell.Text(entry.Target), CsvCell.Text(entry.Detail), CsvCell.Text(entry.Address));
            if (buffer.GetStringBuilder().Length > SendEvery)
            {
                await SendAsync(context, buffer);
            }
        }

        await SendAsync(context, buffer);
    }

    private const int SendEvery = 32 * 1024;

    private static async Task SendAsync(HttpContext context, StringWriter buffer)
    {
        await context.Response.WriteAsync(buffer.ToString(), context.RequestAborted);
        buffer.GetStringBuilder().Clear();
    }
}
