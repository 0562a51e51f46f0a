using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Pages (text/html) compressed on the fly with brotli or gzip, over HTTPS too. Static files are not compressed here:
/// MapStaticAssets serves the .br and .gz files made at build and publish. Why this is safe despite BREACH, with
/// anti-forgery tokens in the pages: docs/security.md, "Compressed pages".
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest: a page is made once per request; brotli's quality 1 took the overview from 111 KB to about a tenth.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
