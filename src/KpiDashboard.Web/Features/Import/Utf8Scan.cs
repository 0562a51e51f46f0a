using System.Buffers;
using System.Text;

namespace KpiDashboard.Web.Features.Import;

/// <summary>Finds where a file stops being valid UTF-8, so the analyst can be pointed at the row.</summary>
internal static class Utf8Scan
{
    /// <summary>The 1-based line holding the first byte that is not valid UTF-8, or 0 if all is valid.</summary>
    public static int LineOfFirstInvalidByte(Stream stream)
    {
        stream.Position = 0;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var line = 1;
        var rest = new ReadOnlySpan<byte>(bytes);
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == OperationStatus.InvalidData)
            {
                return line;
            }

            line += rune.Value == '\n' ? 1 : 0;
            rest = rest[consumed..];
        }

        return 0;
    }
}
