using System.Runtime.Versioning;

namespace KpiDashboard.Tests.Infrastructure;

/// <summary>Folders the tests make and throw away.</summary>
public static class TestFolders
{
    public const UnixFileMode OpenToAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <summary>A new temporary folder only its owner may enter (mode 0700, as <see cref="Directory.CreateTempSubdirectory"/> makes it).</summary>
    public static string Private(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>A new temporary folder anyone may enter (mode 0755).</summary>
    [UnsupportedOSPlatform("windows")]
    public static string Open(string prefix)
    {
        var folder = Private(prefix);
        File.SetUnixFileMode(folder, OpenToAll);
        return folder;
    }

    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
