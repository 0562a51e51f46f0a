using System.Globalization;
using System.Text;
using System.Text.Json;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Benchmarks;

/// <summary>
/// Files made to hurt the import (issue 10): each must end in a bounded answer with a bounded peak working set.
/// The file size limit is lifted in the benchmark (1 GB), so only the import's own bounds stand in their way.
/// </summary>
public static class HostileFiles
{
    public static IReadOnlyList<(string Name, string Path)> Write(string folder)
    {
        var month = new DateOnly(DateTime.Now.Year, DateTime.Now.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return
        [
            Write(folder, "wide header, 1,000,000 unknown area columns", "wide-header.csv", w =>
            {
                w.Write("period,metric");
                for (var i = 0; i < 1_000_000; i++)
                {
                    w.Write(",X" + i.ToString(CultureInfo.InvariantCulture));
                }

                w.Write('\n');
            }),
            Write(folder, "one line of 100,000,000 characters", "long-line.csv", w =>
            {
                w.Write($"period,area,metric,value,note\n{month},{Catalogue.AreaCode(1)},{Catalogue.MetricCode(1)},1,");
                var chunk = new string('x', 1_000_000);
                for (var i = 0; i < 100; i++)
                {
                    w.Write(chunk);
                }

                w.Write('\n');
            }),
            Write(folder, "200,000 rows of the wrong width", "bad-width-rows.csv", w =>
            {
                w.Write("period,area,metric,value\n");
                for (var i = 0; i < 200_000; i++)
                {
                    w.Write($"{month},{Catalogue.AreaCode(1)},{Catalogue.MetricCode(1)},{i},extra,fields\n");
                }
            }),
            Write(folder, "200,000 rows of three bad cells each", "bad-cell-rows.csv", w =>
            {
                w.Write("period,area,metric,value\n");
                for (var i = 0; i < 200_000; i++)
                {
                    w.Write($"2020-13,nowhere-{i},no-such-metric,=1+{i}\n");
                }
            }),
        ];
    }

    /// <summary>Checks the file (a dry run) and says how large the answer was: problems and JSON bytes.</summary>
    public static async Task<string> CheckAsync(ImportService importer, string path)
    {
        await using var file = File.OpenRead(path);
        var result = await importer.ImportAsync(file, Path.GetFileName(path), new KpiDashboard.Web.Features.Access.Actor("benchmark", null), dryRun: true);
        if (result.Succeeded)
        {
            throw new InvalidOperationException($"{path} was accepted.");
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(ImportResponse.From(result)).Length;
        return string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count:N0} problem(s), answer {bytes / 1024.0:N0} KB; first: {result.Errors[0].Message}");
    }

    private static (string, string) Write(string folder, string name, string fileName, Action<StreamWriter> write)
    {
        var path = Path.Combine(folder, fileName);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            write(writer);
        }

        return (name, path);
    }
}
