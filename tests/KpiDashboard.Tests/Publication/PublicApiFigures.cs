using System.Globalization;
using System.Text.Json;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;

namespace KpiDashboard.Tests.Publication;

/// <summary>What the read API's observations answered, JSON or CSV, as published figures keyed by the data set's codes.</summary>
internal static class PublicApiFigures
{
    public static IEnumerable<PublishedFigure> FromJson(JsonElement rows) =>
        rows.EnumerateArray().Select(r => Figure(
            r.GetProperty("metric").GetString()!, r.GetProperty("area").GetString()!, r.GetProperty("period").GetString()!,
            Number(r, "value"), Number(r, "numerator"), Number(r, "denominator"), r.GetProperty("status").GetString()!,
            r.GetProperty("suppressionReason").GetString()));

    /// <summary>The columns period, area, metric, value, numerator, denominator, status, rag, computed, suppressed_when_published, suppression_reason.</summary>
    public static IEnumerable<PublishedFigure> FromCsv(string text) =>
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')).Select(c => Figure(
            c[2], c[1], c[0], Number(c[3]), Number(c[4]), Number(c[5]), c[6], c[10].Length == 0 ? null : c[10]));

    private static PublishedFigure Figure(string metric, string area, string period, decimal? value, decimal? numerator, decimal? denominator, string status, string? reason) =>
        new(new CellKey(metric[ProofDatabase.Prefix.Length..], area, DateOnly.ParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture)),
            value, numerator, denominator, Enum.Parse<ObservationStatus>(status.Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
            reason is null ? SuppressionReason.None : Enum.Parse<SuppressionReason>(reason.Replace("-", "", StringComparison.Ordinal), ignoreCase: true));

    private static decimal? Number(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Number ? row.GetProperty(name).GetDecimal() : null;

    private static decimal? Number(string cell) =>
        cell.Length == 0 ? null : decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);
}
