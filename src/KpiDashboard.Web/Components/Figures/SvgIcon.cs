using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Web.Components.Figures;

/// <summary>
/// A small MudBlazor SVG icon (one of <c>MudBlazor.Icons</c>) drawn as the same markup <c>MudIcon</c> writes, without a
/// component: the overview draws dozens per page in every circuit, and a component each cost memory and render time.
/// Each (icon, class, style) is built once per process and shared, so a page holds one frame per icon.
/// </summary>
public static class SvgIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string? Class, string? Style), MarkupString> Built = new();

    /// <summary>The icon at MudBlazor's small size, hidden from assistive technology (the text beside it carries the meaning).</summary>
    public static MarkupString Small(string icon, string? cssClass = null, string? style = null) =>
        Built.GetOrAdd((icon, cssClass, style), key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small{(key.Class is null ? "" : " " + WebUtility.HtmlEncode(key.Class))}\"" +
            (key.Style is null ? "" : $" style=\"{WebUtility.HtmlEncode(key.Style)}\"") +
            $" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>"));
}
