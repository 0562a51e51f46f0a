using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Features.DataQuality;

/// <summary>
/// Data-quality flags for every metric and area (or one area), as of a month: gaps in the series, an unusual
/// latest change, restated figures and, when asked, out-of-date series. PostgreSQL does the set work.
/// </summary>
public sealed class DataQualityQuery(NpgsqlDataSource dataSource, IOptions<DataQualityOptions> options, TimeProvider clock)
{
    /// <param name="areaId">One area, or null for all.</param>
    /// <param name="asOf">The month to judge; null for the latest month with any figure.</param>
    /// <param name="checkOutOfDate">Whether to compare each series' latest month with today (only sensible for the latest month).</param>
    public async Task<IReadOnlyList<SeriesQuality>> LoadAsync(int? areaId, DateOnly? asOf, bool checkOutOfDate, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(DataQualitySql.Text);
        command.Parameters.Add(new NpgsqlParameter<int?>("area", areaId) { DataTypeName = "integer" });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("as_of", asOf) { DataTypeName = "date" });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<SeriesQuality>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = DataQualitySql.Read(reader);
            var flags = FlagsFor(row, checkOutOfDate);
            if (flags.Count > 0)
            {
                result.Add(new SeriesQuality(row.MetricCode, row.MetricName, row.AreaCode, row.AreaName, flags));
            }
        }

        return result;
    }

    /// <summary>The flags one series' inputs raise (read here, or by the overview in its own statement).</summary>
    internal List<DataQualityFlag> FlagsFor(DataQualitySql.Row row, bool checkOutOfDate)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        DateOnly? currentMonth = checkOutOfDate ? new DateOnly(today.Year, today.Month, 1) : null;
        var flags = new List<DataQualityFlag>();
        if (row.MissingMonths.Count > 0)
        {
            flags.Add(new(DataQualityKind.MissingMonths, $"Missing: {Months(row.MissingMonths)}",
                $"No figure for {Months(row.MissingMonths)} (between {FigureFormat.Month(row.FirstPeriod)} and {FigureFormat.Month(row.AsOf)})."));
        }

        if (row is { LatestChange: { } change, UsualMovingRange: { } usual, MovingRanges: var count }
            && count >= settings.MinimumMovingRanges && usual > 0 && change > settings.UnusualChangeMultiple * usual)
        {
            var multiple = Math.Round(change / usual, 1);
            flags.Add(new(DataQualityKind.UnusualChange, $"Unusual change: {multiple}× the usual",
                $"The change into {FigureFormat.Month(row.AsOf)} ({Number(change)}) is {multiple} times the usual month-to-month movement ({Number(usual)}); check for a keying error."));
        }

        if (row.RestatedMonths.Count > 0)
        {
            flags.Add(new(DataQualityKind.Restated, $"Restated: {Months(row.RestatedMonths)}",
                $"Figures for {Months(row.RestatedMonths)} were changed after they were first published."));
        }

        if (currentMonth is { } now && row.LastPeriod < now.AddMonths(-settings.ReportingLagMonths))
        {
            flags.Add(new(DataQualityKind.OutOfDate, $"Out of date: latest {FigureFormat.Month(row.LastPeriod)}",
                $"The latest figure is for {FigureFormat.Month(row.LastPeriod)}, older than the expected reporting lag of {settings.ReportingLagMonths} months."));
        }

        return flags;
    }

    private static string Months(IReadOnlyList<DateOnly> months) => months.Count <= 3
        ? string.Join(", ", months.Select(FigureFormat.Month))
        : $"{string.Join(", ", months.Take(2).Select(FigureFormat.Month))} and {months.Count - 2} more months";

    private static string Number(decimal value) => Math.Round(value, 1).ToString("#,##0.#", FigureFormat.Uk);
}
