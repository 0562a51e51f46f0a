using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.Tests.Exports;

/// <summary>Keeps what the export tests made under artifacts/exports/, to look at (pdftoppm, LibreOffice).</summary>
internal static class ExportFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "artifacts", "exports");

    public static string Save(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
