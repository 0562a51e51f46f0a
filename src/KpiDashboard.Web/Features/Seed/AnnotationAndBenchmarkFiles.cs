using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Web.Features.Seed;

/// <summary>Reads the seed's annotations and benchmarks (figures-like files, not part of the catalogue files) from their CSV files.</summary>
internal static class AnnotationAndBenchmarkFiles
{
    public sealed record AnnotationRow(DateOnly Date, string Text, string? Metric, string? Area);

    public sealed record BenchmarkRow(string Metric, string Comparator, DateOnly From, DateOnly To, decimal Value, string Source);

    public static List<AnnotationRow> ReadAnnotations(string dir) => Read(dir, "annotations.csv", r => new AnnotationRow(
        r.Date("date"), r.Text("text"), r.Optional("metric"), r.Optional("area")));

    public static List<BenchmarkRow> ReadBenchmarks(string dir) => Read(dir, "benchmarks.csv", r => new BenchmarkRow(
        r.Text("metric"), r.Text("comparator"), r.Month("from"), r.Month("to"), r.Number("value"), r.Text("source")));

    private static List<T> Read<T>(string dir, string file, Func<RowReader, T> map)
    {
        var path = Path.Combine(dir, file);
        if (!File.Exists(path))
        {
            throw new StartupProblemException($"The seed file {path} is missing.");
        }

        using var text = new StreamReader(path);
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(new RowReader(csv, path)));
        }

        return rows;
    }

    /// <summary>Typed access to one row's cells, failing with the file, row and column named.</summary>
    private sealed class RowReader(CsvReader csv, string path)
    {
        public string Text(string column) =>
            Optional(column) ?? throw Problem(column, "", "a value");

        public string? Optional(string column)
        {
            var cell = csv.TryGetField<string>(column, out var field) ? field?.Trim() : null;
            return string.IsNullOrEmpty(cell) ? null : cell;
        }

        public decimal Number(string column) => OptionalNumber(column) ?? throw Problem(column, "", "a number");

        public decimal? OptionalNumber(string column)
        {
            var cell = Optional(column);
            return cell is null ? null
                : decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
                : throw Problem(column, cell, "a number");
        }

        public DateOnly Month(string column)
        {
            var cell = Text(column);
            return DateOnly.TryParseExact(cell, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month : throw Problem(column, cell, "a month as YYYY-MM");
        }

        public DateOnly Date(string column)
        {
            var cell = Text(column);
            return DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : throw Problem(column, cell, "a date as YYYY-MM-DD");
        }

        private StartupProblemException Problem(string column, string value, string expected) =>
            new($"{path}:{csv.Parser.Row}:{column}: found '{value}', expected {expected}.");
    }
}
