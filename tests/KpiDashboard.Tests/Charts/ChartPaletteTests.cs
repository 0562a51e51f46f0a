using System.Globalization;
using KpiDashboard.Web.Components.Charts;

namespace KpiDashboard.Tests.Charts;

public sealed class ChartPaletteTests
{
    private static readonly string[] AreaCodes = ["SCC", "NE", "NW", "SE", "SW"];

    [Fact]
    public void Every_colour_drawn_as_a_line_point_or_bar_has_at_least_3_to_1_contrast_with_the_chart_background()
    {
        var failures = ChartPalette.Strokes
            .Select(colour => (colour, ratio: ContrastRatio(colour, ChartPalette.Background)))
            .Where(x => x.ratio < 3.0)
            .Select(x => $"{x.colour} has {x.ratio:0.00}:1")
            .ToList();

        Assert.NotEmpty(ChartPalette.Strokes);
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [Fact]
    public void The_contrast_calculation_matches_WCAG_for_black_and_the_AA_grey_on_white()
    {
        Assert.Equal(21.0, ContrastRatio("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, ContrastRatio("#767676", "#ffffff"), 2);
    }

    [Fact]
    public void The_authority_and_each_quadrant_differ_in_dash_pattern_and_point_shape_as_well_as_colour()
    {
        var styles = AreaCodes.Select((code, i) => ChartPalette.ForArea(code, i)).ToList();

        Assert.Equal(5, styles.Select(s => s.Colour).Distinct().Count());
        Assert.Equal(5, styles.Select(s => string.Join(",", s.Dash)).Distinct().Count());
        Assert.Equal(5, styles.Select(s => s.PointStyle).Distinct().Count());
    }

    /// <summary>WCAG 2.2 contrast ratio from relative luminance (sRGB).</summary>
    private static double ContrastRatio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
