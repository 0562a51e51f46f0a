using System.Buffers.Binary;

namespace KpiDashboard.Tests.Exports;

/// <summary>A PNG's size from its header (IHDR, right after the signature).</summary>
internal static class PngSize
{
    public static int Width(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));

    public static int Height(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
}
