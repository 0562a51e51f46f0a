using System.Diagnostics;

namespace KpiDashboard.Tests.Exports;

/// <summary>Debian's LibreOffice converting a file to PDF headless, with a profile of its own (test.sh installs libreoffice-impress).</summary>
internal static class LibreOffice
{
    /// <returns>The PDF it wrote, or null with what it printed when it refused the file.</returns>
    public static async Task<(string? Pdf, string Output)> ConvertToPdfAsync(string file, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("kpi-libreoffice-");
        try
        {
            var start = new ProcessStartInfo("libreoffice")
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", work.FullName, file,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("libreoffice did not start.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var printed = await output + await errors;
            var pdf = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(file) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                return (null, printed);
            }

            var kept = Path.ChangeExtension(file, ".libreoffice.pdf");
            File.Copy(pdf, kept, overwrite: true);
            return (kept, printed);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
