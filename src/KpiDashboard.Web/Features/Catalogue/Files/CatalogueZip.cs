using System.IO.Compression;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// Reads the catalogue files out of an uploaded zip, bounded whatever the zip says of itself: at most
/// <see cref="MaxEntries"/> entries, and no entry unpacked past the file size limit (a zip bomb is stopped at the limit
/// while it inflates, not trusted by the size it declares). Folders inside the zip are ignored; each file is named by its own name.
/// </summary>
public static class CatalogueZip
{
    public const int MaxEntries = 50;

    public static bool IsZip(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public static (List<CatalogueUpload> Files, ImportError? Problem) Read(string zipName, byte[] bytes, long maxFileBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return ([], Problem(zipName, $"the zip holds {zip.Entries.Count} entries; a catalogue is {CatalogueFile.All.Count} files"));
            }

            var files = new List<CatalogueUpload>();
            foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)))
            {
                if (entry.Length > maxFileBytes)
                {
                    return ([], Problem(zipName, $"{entry.Name} in the zip is larger than {maxFileBytes / 1024 / 1024} MB unpacked, far more than a catalogue needs"));
                }

                using var content = entry.Open();
                using var copy = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    if (copy.Length + read > maxFileBytes)
                    {
                        return ([], Problem(zipName, $"{entry.Name} in the zip unpacks to more than {maxFileBytes / 1024 / 1024} MB, far more than a catalogue needs"));
                    }

                    copy.Write(buffer, 0, read);
                }

                files.Add(new CatalogueUpload(entry.Name, copy.ToArray()));
            }

            return files.Count == 0 ? ([], Problem(zipName, $"the zip holds no files; expected the catalogue files ({CatalogueFile.Names})")) : (files, null);
        }
        catch (InvalidDataException)
        {
            return ([], Problem(zipName, "this is not a zip file that can be opened; upload the CSV files, or a zip of them"));
        }
    }

    private static ImportError Problem(string zipName, string message) => new(zipName, 0, "", "", message);
}
