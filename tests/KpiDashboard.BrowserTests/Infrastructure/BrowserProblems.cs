using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>
/// What the browser refused or complained about in every page of one browser context: Content-Security-Policy
/// violations (reported by the page's own <c>securitypolicyviolation</c> events), console errors and uncaught
/// exceptions. Start it with <see cref="BrowserProblemsExtensions.CollectCspViolationsAsync"/> before opening pages.
/// </summary>
public sealed class BrowserProblems
{
    private readonly ConcurrentQueue<string> _problems = new();

    public IReadOnlyCollection<string> All => _problems;

    internal void Add(string problem) => _problems.Enqueue(problem);

    /// <summary>Fails, listing every problem, if there was any; first lets the page deliver reports still on their way.</summary>
    public async Task AssertNoneAsync(IPage page, string where)
    {
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");
        Assert.True(_problems.IsEmpty, $"The browser reported {_problems.Count} problem(s) on {where}:\n{string.Join('\n', _problems)}");
    }
}

public static class BrowserProblemsExtensions
{
    private const string ReportFunction = "__kpiReportCspViolation";

    // Runs in every document of the context before the page's own scripts, so no violation goes unseen.
    private const string ListenForViolations = $$"""
        document.addEventListener('securitypolicyviolation', e => window.{{ReportFunction}}(
            `${e.disposition} ${e.effectiveDirective}: blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}` +
            (e.sample ? ` "${e.sample}"` : '')));
        """;

    /// <summary>
    /// Starts recording, in every page this context opens from now on (including after sign-in redirects), CSP
    /// violations, console errors and any console message about the Content-Security-Policy, and uncaught errors.
    /// </summary>
    public static async Task<BrowserProblems> CollectCspViolationsAsync(this IBrowserContext context)
    {
        var problems = new BrowserProblems();
        await context.ExposeFunctionAsync(ReportFunction, (string violation) => problems.Add($"CSP violation ({violation})"));
        await context.AddInitScriptAsync(ListenForViolations);
        context.Console += (_, message) =>
        {
            // A page answered with a deliberate status (403 for a role without access, 404 for an unknown record) makes
            // Chromium log its own document as a failed load; the tests check those statuses themselves.
            var ownDocument = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && message.Location.StartsWith(message.Page?.Url + ":", StringComparison.Ordinal);
            if (!ownDocument && (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"console {message.Type} on {message.Page?.Url}: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => problems.Add($"uncaught error on {error.Page?.Url}: {error.Error}");
        return problems;
    }
}
