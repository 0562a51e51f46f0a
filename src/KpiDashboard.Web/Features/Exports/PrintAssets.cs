using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// The app's own static files that a printed page may load (its stylesheet, Chart.js, the chart module), read from
/// disk in this process, so Chromium never asks the web server for anything.
/// </summary>
public sealed class PrintAssets(IWebHostEnvironment environment)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // What a print page loads and nothing else: the export's own files, the npm copies of Chart.js, the chart module.
    private static readonly string[] Allowed = ["exports/", "vendor/", "Components/Charts/KpiChart.razor.js"];

    /// <returns>The file and its media type, or null for anything a print page has no business loading.</returns>
    public (byte[] Bytes, string ContentType)? Find(string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal) || !Allowed.Any(a => relative.StartsWith(a, StringComparison.Ordinal)))
        {
            return null;
        }

        var file = Existing(environment.WebRootFileProvider, relative)
            // A component's collocated module (KpiChart.razor.js) is in wwwroot only once published; before that the
            // development static-asset map has it, or, without that map (other environments), the source folder.
            ?? Existing(environment.ContentRootFileProvider, relative);
        if (file is null)
        {
            return null;
        }

        using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var type = ContentTypes.TryGetContentType(relative, out var known) ? known : "application/octet-stream";
        return (copy.ToArray(), type);
    }

    private static IFileInfo? Existing(IFileProvider provider, string path) =>
        provider.GetFileInfo(path) is { Exists: true, IsDirectory: false } file ? file : null;
}
