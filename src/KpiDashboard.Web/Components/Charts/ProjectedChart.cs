using System.Runtime.CompilerServices;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>
/// A chart as projected in a committee room: tick values, axis titles, legend and event labels large enough to read
/// on a 1920×1080 projector from the back of the room (about 6 m), in near-black rather than Chart.js's mid grey.
/// </summary>
public static class ProjectedChart
{
    /// <summary>CSS pixels of every text on a projected chart.</summary>
    public const int FontPx = 28;

    // The same config always gives the same projected one, so KpiChart (which redraws on a new reference) draws it once.
    private static readonly ConditionalWeakTable<ChartConfig, ChartConfig> Projected = [];

    public static ChartConfig For(ChartConfig config) => Projected.GetValue(config, Project);

    private static ChartConfig Project(ChartConfig config)
    {
        var font = new ChartFont(FontPx);
        var options = config.Options;
        return config with
        {
            Options = options with
            {
                Scales = new ChartScales(Larger(options.Scales.X, font), Larger(options.Scales.Y, font)),
                Plugins = options.Plugins with
                {
                    Legend = options.Plugins.Legend with { Labels = options.Plugins.Legend.Labels with { Font = font, Color = ChartPalette.Text } },
                    Annotation = new AnnotationOptions(options.Plugins.Annotation.Annotations.ToDictionary(
                        a => a.Key,
                        a => a.Value.Label is { } label ? a.Value with { Label = label with { Font = label.Font with { Size = FontPx } } } : a.Value)),
                },
            },
        };
    }

    private static ChartAxis Larger(ChartAxis axis, ChartFont font) => axis with
    {
        Ticks = Larger(axis.Ticks ?? new AxisTicks(), font),
        Title = axis.Title is { } title ? title with { Font = font, Color = ChartPalette.Text } : null,
    };

    // Labels that may not be skipped (every month of every quadrant) stand upright: at this size, slanted two-line
    // labels run into their neighbours.
    private static AxisTicks Larger(AxisTicks ticks, ChartFont font) => ticks.AutoSkip == false
        ? ticks with { Font = font, Color = ChartPalette.Text, MinRotation = 90, MaxRotation = 90 }
        : ticks with { Font = font, Color = ChartPalette.Text };
}
