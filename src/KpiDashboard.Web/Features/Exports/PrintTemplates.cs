using System.Net;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>Chromium's page header and footer templates (its classes pageNumber and totalPages are filled in per page).</summary>
public static class PrintTemplates
{
    private const string Style = "font-family: system-ui, Arial, sans-serif; font-size: 8pt; color: #333; width: 100%; padding: 0 15mm;";

    public const string PageNumbers =
        $"<div style=\"{Style} text-align: right;\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";

    /// <summary>A line at the top of every page, e.g. the pack's title, meeting date and figures as at.</summary>
    public static string Header(string text) =>
        $"<div style=\"{Style} display: flex; justify-content: space-between;\"><span>{WebUtility.HtmlEncode(text)}</span></div>";
}
