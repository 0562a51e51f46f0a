namespace KpiDashboard.Web.Features.Import;

/// <summary>Recognises files that are not CSV text, such as a workbook renamed to .csv.</summary>
internal static class FileSniffer
{
    public static async Task<string?> FindNonTextProblemAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[8192];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = 0;
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return "The file is an Excel workbook (.xlsx) or another zip archive, not CSV text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\"";
        }

        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return "The file is an old-style Excel workbook (.xls), not CSV text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\"";
        }

        var isUtf16 = bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF });
        return !isUtf16 && bytes.Contains((byte)0)
            ? "The file contains binary data, not CSV text; upload the figures saved as \"CSV UTF-8 (Comma delimited)\""
            : null;
    }
}
