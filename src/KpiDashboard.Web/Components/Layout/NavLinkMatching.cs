using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace KpiDashboard.Web.Components.Layout;

/// <summary>
/// Whether a link is the current page, by the rules Blazor's NavLink follows: the same address (ignoring case, and a
/// trailing slash on the link); with <see cref="NavLinkMatch.Prefix"/> also any address below it ("/imports" for
/// "/imports/3", not "/importsx"); with <see cref="NavLinkMatch.All"/> also the same address with another query or fragment.
/// </summary>
public static class NavLinkMatching
{
    public static bool IsActive(NavigationManager navigation, string href, NavLinkMatch match) =>
        IsActive(navigation.Uri, navigation.ToAbsoluteUri(href).AbsoluteUri, match);

    public static bool IsActive(string current, string link, NavLinkMatch match)
    {
        if (SameAddress(current, link))
        {
            return true;
        }

        if (match == NavLinkMatch.Prefix)
        {
            return current.Length > link.Length
                && current.StartsWith(link, StringComparison.OrdinalIgnoreCase)
                && (!IsUnreserved(link[^1]) || !IsUnreserved(current[link.Length]));
        }

        var path = WithoutQueryOrFragment(current);
        return SameAddress(path, link) || SameAddress(path, WithoutQueryOrFragment(link));
    }

    private static bool SameAddress(string current, string link) =>
        string.Equals(current, link, StringComparison.OrdinalIgnoreCase)
        || (link.EndsWith('/') && string.Equals(current, link[..^1], StringComparison.OrdinalIgnoreCase));

    private static string WithoutQueryOrFragment(string uri)
    {
        var end = uri.IndexOfAny(['?', '#']);
        return end < 0 ? uri : uri[..end];
    }

    // RFC 3986's unreserved characters: anything else (such as '/', '?' or '#') separates parts of an address.
    private static bool IsUnreserved(char c) => char.IsLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
