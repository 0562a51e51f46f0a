using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Exports.Background;
using KpiDashboard.Web.Features.Import;
using KpiDashboard.Web.Features.Metrics;
using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// <c>GET /kpi/{code}/pdf</c> and <c>/kpi/{code}/png</c>, with the detail page's query values (area, month, range,
/// view): the page as a PDF, its first chart as a PNG. Bad values get the page's sentence with a 400.
/// </summary>
public static class MeasureExportEndpoints
{
    public static IEndpointRouteBuilder MapMeasureExports(this IEndpointRouteBuilder app)
    {
        // The page's cookie (its buttons) or a reader's API key (scripts).
        var group = app.MapGroup("/kpi/{code}").RequireRateLimiting(RateLimits.Downloads)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Read) { AuthenticationSchemes = AccessSetup.ApiScheme });
        group.MapGet("/pdf", PdfAsync);
        group.MapGet("/png", PngAsync);
        return app;
    }

    /// <summary>The address of a measure's export for what the page shows, e.g. /kpi/X/pdf?area=NE&amp;month=2020-06.</summary>
    public static string PathFor(string code, string format, string? area, DateOnly? month, int? range, TrendView view)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["area"] = area,
            ["month"] = month is { } m ? PeriodParser.Format(m) : null,
            ["range"] = range?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["view"] = view == TrendView.Spc ? "spc" : null,
        }.Where(p => p.Value is not null));
        return $"/kpi/{Uri.EscapeDataString(code)}/{format}{query}";
    }

    private static Task<IResult> PdfAsync(string code, string? area, string? month, string? range, string? view, HttpContext context, MeasureExport export, CancellationToken ct) =>
        ExportAsync(new(code, area, month, range, view), "pdf", context, export, ct);

    private static Task<IResult> PngAsync(string code, string? area, string? month, string? range, string? view, HttpContext context, MeasureExport export, CancellationToken ct) =>
        ExportAsync(new(code, area, month, range, view), "png", context, export, ct);

    private sealed record Asked(string Code, string? Area, string? Month, string? Range, string? View);

    private static async Task<IResult> ExportAsync(Asked asked, string format, HttpContext context, MeasureExport export, CancellationToken ct)
    {
        var (code, area, monthText, rangeText, viewText) = asked;
        if ((AddressValues.Problem("measure code", code) ?? AddressValues.Problem("area", area)) is { } problem
            || !AddressValues.TryMonth("month", monthText, out var month, out problem)
            || !AddressValues.TryChoice("range", rangeText, MetricDetailQuery.Ranges, out var range, out problem)
            || !TryView(viewText, out var view, out problem))
        {
            return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var data = await export.LoadAsync(code, area?.Trim(), month, range, Publication.AudienceOf.User(context.User), ct);
        if (data is null)
        {
            return Results.Text($"There is no measure with the code '{code}'.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        if (!string.IsNullOrWhiteSpace(area) && !string.Equals(data.Area.Code, area.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text($"There is no area with the code '{area}'.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var name = $"{data.Metric.Code}-{data.Area.Code}{(data.End is { } end ? "-" + PeriodParser.Format(end) : "")}{(view == TrendView.Spc ? "-spc" : "")}";
        try
        {
            return format == "pdf"
                ? Results.File(await export.PdfAsync(data, view, Who(context), ct), "application/pdf", name + ".pdf")
                : Results.File(await export.PngAsync(data, view, Who(context), ct), "image/png", name + ".png");
        }
        catch (ExportFailedException ex)
        {
            return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static string Who(HttpContext context) => context.User.Identity?.Name ?? "";

    private static bool TryView(string? text, out TrendView view, out string? problem)
    {
        view = TrendView.Trend;
        problem = AddressValues.Problem("view", text);
        if (problem is not null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "trend", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text.Trim(), "spc", StringComparison.OrdinalIgnoreCase))
        {
            view = TrendView.Spc;
            return true;
        }

        problem = $"The view must be trend or spc; '{text}' is not.";
        return false;
    }
}
