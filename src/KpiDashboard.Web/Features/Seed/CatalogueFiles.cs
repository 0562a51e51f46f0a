using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Web.Features.Seed;

/// <summary>Reads the seed catalogue (areas, metrics, roll-up parts, targets, comparators, SPC settings, annotations, benchmarks) from its CSV files.</summary>
internal static class CatalogueFiles
{
    public sealed record AreaRow(string Code, string Name, AreaKind Kind, string? Parent);

    public sealed record MetricRow(string Code, string Name, string Theme, MetricUnit Unit, int Decimals, Polarity Polarity,
        ReportingFrequency Frequency, int ReportingLagMonths, bool SmallNumberSuppression, Rollup Rollup, DateOnly? Retired, string Definition);

    public sealed record RollupPartRow(string Metric, string Part, PartRole Role);

    public sealed record ComparatorRow(string Code, string Name);

    public sealed record SpcSettingRow(string Metric, int ShiftLength, int TrendLength);

    public sealed record SpcBaselineRow(string Metric, string? Area, DateOnly FirstMonth, DateOnly LastMonth);

    public sealed record TargetRow(string Metric, string? Area, DateOnly EffectiveFrom, decimal? Target, decimal Green, decimal Red);

    public sealed record AnnotationRow(DateOnly Date, string Text, string? Metric, string? Area);

    public sealed record RecalculationRow(string Metric, string? Area, DateOnly StartsFrom, int? BaselineMonths, string Reason);

    public sealed record BenchmarkRow(string Metric, string Comparator, DateOnly From, DateOnly To, decimal Value, string Source);

    public static List<AreaRow> ReadAreas(string dir) => Read(dir, "areas.csv", r => new AreaRow(
        r.Text("code"), r.Text("name"), r.Enum<AreaKind>("kind"), r.Optional("parent")));

    public static List<MetricRow> ReadMetrics(string dir) => Read(dir, "metrics.csv", r => new MetricRow(
        r.Text("code"), r.Text("name"), r.Text("theme"), r.Enum<MetricUnit>("unit"), r.Whole("decimals"), r.Enum<Polarity>("polarity"),
        r.Enum<ReportingFrequency>("frequency"), r.Whole("reporting_lag_months"), r.YesNo("suppress_small_numbers"),
        r.Enum<Rollup>("rollup"), r.OptionalDate("retired"), r.Text("definition")));

    public static List<RollupPartRow> ReadRollupParts(string dir) => Read(dir, "rollup-parts.csv", r => new RollupPartRow(
        r.Text("metric"), r.Text("part"), r.Enum<PartRole>("role")));

    public static List<ComparatorRow> ReadComparators(string dir) => Read(dir, "comparators.csv", r => new ComparatorRow(
        r.Text("code"), r.Text("name")));

    public static List<SpcSettingRow> ReadSpcSettings(string dir) => Read(dir, "spc-settings.csv", r => new SpcSettingRow(
        r.Text("metric"), r.Whole("shift_length"), r.Whole("trend_length")));

    public static List<SpcBaselineRow> ReadSpcBaselines(string dir) => Read(dir, "spc-baselines.csv", r => new SpcBaselineRow(
        r.Text("metric"), r.Optional("area"), r.Month("first_month"), r.Month("last_month")));

    public static List<TargetRow> ReadTargets(string dir) => Read(dir, "targets.csv", r => new TargetRow(
        r.Text("metric"), r.Optional("area"), r.Month("effective_from"), r.OptionalNumber("target"), r.Number("green"), r.Number("red")));

    public static List<AnnotationRow> ReadAnnotations(string dir) => Read(dir, "annotations.csv", r => new AnnotationRow(
        r.Date("date"), r.Text("text"), r.Optional("metric"), r.Optional("area")));

    public static List<RecalculationRow> ReadRecalculations(string dir) => Read(dir, "spc-recalculations.csv", r => new RecalculationRow(
        r.Text("metric"), r.Optional("area"), r.Month("starts_from"), r.OptionalWhole("baseline_months"), r.Text("reason")));

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

        public TEnum Enum<TEnum>(string column) where TEnum : struct, System.Enum
        {
            var cell = Text(column);
            return System.Enum.TryParse<TEnum>(cell.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value)
                ? value
                : throw Problem(column, cell, string.Join(", ", System.Enum.GetNames<TEnum>()));
        }

        public decimal Number(string column) => OptionalNumber(column) ?? throw Problem(column, "", "a number");

        public decimal? OptionalNumber(string column)
        {
            var cell = Optional(column);
            return cell is null ? null
                : decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
                : throw Problem(column, cell, "a number");
        }

        public int Whole(string column) => OptionalWhole(column) ?? throw Problem(column, "", "a whole number");

        public int? OptionalWhole(string column)
        {
            var cell = Optional(column);
            return cell is null ? null
                : int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
                : throw Problem(column, cell, "a whole number");
        }

        public bool YesNo(string column) => Text(column).ToLowerInvariant() switch
        {
            "yes" => true,
            "no" => false,
            var other => throw Problem(column, other, "yes or no"),
        };

        public DateOnly? OptionalDate(string column) => Optional(column) is null ? null : Date(column);

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
