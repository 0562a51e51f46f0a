namespace KpiDashboard.Web.Features.Exports;

/// <summary>Settings under <c>Exports</c>.</summary>
public sealed class ExportOptions
{
    /// <summary>Debian's Chromium (the Dockerfile installs it); PuppeteerSharp never downloads a browser of its own.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one page may take to load and draw its charts before the export gives up.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
