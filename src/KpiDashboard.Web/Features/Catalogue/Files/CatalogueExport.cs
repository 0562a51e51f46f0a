using System.IO.Compression;
using System.Text;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>Writes the whole catalogue as the CSV files of <c>seed-data/</c>: UTF-8 without a BOM, \n line ends, prose in quotes.</summary>
public sealed class CatalogueExport(IDbContextFactory<KpiDbContext> contextFactory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each file's name and bytes, in <see cref="CatalogueFile.All"/> order.</summary>
    public async Task<IReadOnlyList<WrittenFile>> WriteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tables = await CatalogueSnapshot.ReadAsync(db, cancellationToken);
        return [.. CatalogueFile.All.Select(file => new WrittenFile(file.Name, Utf8.GetBytes(Write(file, tables[file.Name])), tables[file.Name].Count))];
    }

    public sealed record WrittenFile(string Name, byte[] Bytes, int Rows);

    public static string Write(CatalogueFile file, IEnumerable<CatalogueRow> rows) => CsvWriter.ToText(csv =>
    {
        csv.WriteHeader([.. file.Columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            csv.WriteRow([.. file.Columns.Select((c, i) => c.Kind == CellKind.FreeText ? CsvCell.FreeText(row.Cells[i]) : CsvCell.Text(row.Cells[i]))]);
        }
    }, CsvStyle.Seed);

    /// <summary>Writes the files into <paramref name="directory"/> (made if missing) and says, per file, whether it was new, replaced or already the same.</summary>
    public async Task<IReadOnlyList<string>> WriteToDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var report = new List<string>();
        foreach (var (name, bytes, rows) in await WriteAsync(cancellationToken))
        {
            var path = Path.Combine(directory, name);
            var before = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
            if (before is not null && before.AsSpan().SequenceEqual(bytes))
            {
                report.Add($"{name}: unchanged");
                continue;
            }

            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            report.Add($"{name}: {(before is null ? "written" : "replaced")} ({rows} rows)");
        }

        return report;
    }

    public async Task<byte[]> WriteZipAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in await WriteAsync(cancellationToken))
            {
                await using var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal).Open();
                await entry.WriteAsync(file.Bytes, cancellationToken);
            }
        }

        return buffer.ToArray();
    }
}
