namespace KpiDashboard.Tests.Hosting.Security;

/// <summary>What every response of the app must carry, checked the same way for pages, API, files and errors.</summary>
internal static class HardenedHeaders
{
    public static void AssertPresent(HttpResponseMessage response)
    {
        var csp = Assert.Single(Values(response, "Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.StartsWith("'self'", directives["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self' 'unsafe-inline'", directives["style-src"]);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);

        Assert.Equal("nosniff", Assert.Single(Values(response, "X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(Values(response, "Referrer-Policy")));
        var permissions = Assert.Single(Values(response, "Permissions-Policy"));
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Contains("fullscreen=(self)", permissions, StringComparison.Ordinal);
        Assert.Equal("same-origin", Assert.Single(Values(response, "Cross-Origin-Opener-Policy")));
    }

    public static string ContentSecurityPolicy(HttpResponseMessage response) =>
        Assert.Single(Values(response, "Content-Security-Policy"));

    public static IEnumerable<string> Values(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values
        : response.Content.Headers.TryGetValues(header, out var contentValues) ? contentValues
        : [];
}
