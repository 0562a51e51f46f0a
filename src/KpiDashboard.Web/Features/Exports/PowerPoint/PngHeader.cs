using System.Buffers.Binary;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>A PNG's size in pixels, from its IHDR chunk (right after the 8-byte signature).</summary>
internal static class PngHeader
{
    public static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
