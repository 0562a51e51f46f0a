using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>
/// A chart as printed on a pack's PDF page, beside its table in a column narrower than the screen's. Labels that may
/// not be skipped (every month of every quadrant) stand upright on one line each in smaller type ("Jan 2020 ·
/// North East" where a group starts), so that labels under many bars do not run into each other: upright two-line
/// labels lie side by side, wider than a bar's slot. Any other chart prints as it is (the same config).
/// </summary>
public static class PrintedChart
{
    /// <summary>CSS pixels of the upright labels.</summary>
    public const int TickFontPx = 10;

    private static readonly ConditionalWeakTable<ChartConfig, ChartConfig> Printed = [];

    public static ChartConfig For(ChartConfig config) => Dense(config) ? Printed.GetValue(config, Upright) : config;

    /// <summary>Whether every label must show (a bar per month per quadrant): the print gives such a chart the room its table leaves.</summary>
    public static bool Dense(ChartConfig config) => config.Options.Scales.X.Ticks is { AutoSkip: false };

    private static ChartConfig Upright(ChartConfig config)
    {
        var scales = config.Options.Scales;
        var ticks = scales.X.Ticks! with { Font = new ChartFont(TickFontPx), MinRotation = 90, MaxRotation = 90 };
        return config with
        {
            Data = config.Data with { Labels = [.. config.Data.Labels.Select(OneLine)] },
            Options = config.Options with { Scales = scales with { X = scales.X with { Ticks = ticks } } },
        };
    }

    // A pack's chart is read back from its stored JSON, where a two-line label is an array element.
    private static object OneLine(object label) => label switch
    {
        IEnumerable<string> lines => Joined(lines),
        JsonElement { ValueKind: JsonValueKind.Array } lines => Joined(lines.EnumerateArray().Select(l => l.GetString() ?? "")),
        _ => label,
    };

    private static string Joined(IEnumerable<string> lines) => string.Join(" · ", lines.Where(l => l.Length > 0));
}
