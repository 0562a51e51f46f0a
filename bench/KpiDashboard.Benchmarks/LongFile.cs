using System.Globalization;
using System.Text;

namespace KpiDashboard.Benchmarks;

/// <summary>Writes a long-format file of whole-number counts: every metric for every area for every month.</summary>
public static class LongFile
{
    public static long Write(string path, int areas, int metrics, IReadOnlyList<DateOnly> months, int offset)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("period,area,metric,value\n");
        long rows = 0;
        foreach (var month in months)
        {
            var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            for (var m = 1; m <= metrics; m++)
            {
                var metric = Catalogue.MetricCode(m);
                for (var a = 1; a <= areas; a++)
                {
                    // Varied values of realistic size; the offset makes a restated file differ in every value.
                    var value = (rows * 7919 % 5000) + offset;
                    writer.Write(period);
                    writer.Write(',');
                    writer.Write(Catalogue.AreaCode(a));
                    writer.Write(',');
                    writer.Write(metric);
                    writer.Write(',');
                    writer.Write(value.ToString(CultureInfo.InvariantCulture));
                    writer.Write('\n');
                    rows++;
                }
            }
        }

        return rows;
    }
}
