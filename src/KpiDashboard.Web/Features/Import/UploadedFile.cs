namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// An upload copied to a temporary file, because the importer reads a file twice (hash, then rows) and a
/// browser or HTTP upload can only be read once. The copy stops at the size limit; disposing deletes it.
/// </summary>
public sealed class UploadedFile : IDisposable
{
    private UploadedFile(string name, string path, long length)
    {
        Name = name;
        Path = path;
        Length = length;
    }

    public string Name { get; }
    public string Path { get; }
    public long Length { get; }

    public static async Task<UploadedFile> CopyAsync(Stream source, string name, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            await using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await source.CopyToAsync(target, cancellationToken);
            return new UploadedFile(ImportFileName.OfUpload(name), path, target.Length);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public Stream OpenRead() =>
        new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Dispose() => File.Delete(Path);
}
