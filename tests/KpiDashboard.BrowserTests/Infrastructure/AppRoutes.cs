using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>The app's pages, read from its own route table: every component in the web assembly with a route.</summary>
public static partial class AppRoutes
{
    public static IReadOnlyList<AppPage> All { get; } =
    [
        .. typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(route => new AppPage(route.Template,
                Interactive: t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)))
            .OrderBy(p => p.Template, StringComparer.Ordinal),
    ];

    /// <summary>The template with each parameter replaced by the value given for its name, e.g. /kpi/{Code} → /kpi/referrals.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) => Parameter().Replace(template, match =>
        values.TryGetValue(match.Groups["name"].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException(
                $"The route {template} has a parameter {match.Groups["name"].Value} that the test has no real value for; add one."));

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

/// <summary>One routable page; a page excluded from interactive routing (the error page) renders without a circuit.</summary>
public sealed record AppPage(string Template, bool Interactive);
