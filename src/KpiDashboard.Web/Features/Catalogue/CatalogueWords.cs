using System.Globalization;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>How the catalogue's values are written in audit lines and lists: plain, invariant, without trailing zeros.</summary>
public static class CatalogueWords
{
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Target(TargetDraft? target) => target is null ? "none" : string.Join(", ",
        new[]
        {
            target.Target is { } aim ? $"target {Number(aim)}" : null,
            target.Green is { } green ? $"green {Number(green)}" : null,
            target.Red is { } red ? $"red {Number(red)}" : null,
        }.OfType<string>());

    public static string TargetHeading(string code, DateOnly from, string? areaCode) => $"Target for {code} {TargetWhen(from, areaCode)}";

    /// <summary>"from 2021-04", with " in NE" for a target set for one area.</summary>
    public static string TargetWhen(DateOnly from, string? areaCode) =>
        $"from {TargetRules.MonthText(from)}{(areaCode is null ? "" : $" in {areaCode}")}";
}
