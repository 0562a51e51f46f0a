using System.Globalization;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;

namespace KpiDashboard.Web.Components.Figures;

/// <summary>
/// Where a sparkline's marks go: one line per run of consecutive known months (a lone month is a dot), the last known
/// month marked, and the sentence a screen reader hears. Computed once per trend, so drawing it is a single pass.
/// </summary>
public sealed record SparklineShape(IReadOnlyList<SparklineSegment> Segments, SparklineDot? Last, string Description)
{
    public const int Width = 120;
    public const int Height = 32;
    public const string ViewBox = "0 0 120 32";
    private const double Pad = 3;

    public static SparklineShape Of(IReadOnlyList<TrendPoint> points, MetricUnit unit)
    {
        var known = new List<(int Index, decimal Value)>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } value)
            {
                known.Add((i, value));
            }
        }

        if (known.Count == 0)
        {
            return new([], null, "Trend: no figures in the last 13 months");
        }

        var (min, max) = ((double)known.Min(p => p.Value), (double)known.Max(p => p.Value));
        SparklineDot At((int Index, decimal Value) p)
        {
            var share = max == min ? 0.5 : ((double)p.Value - min) / (max - min);
            return new(Fmt(Pad + p.Index * (Width - 2 * Pad) / Math.Max(1, points.Count - 1)), Fmt(Height - Pad - share * (Height - 2 * Pad)));
        }

        var segments = new List<SparklineSegment>();
        var run = new List<SparklineDot>();
        for (var i = 0; i < known.Count; i++)
        {
            run.Add(At(known[i]));
            if (i == known.Count - 1 || known[i + 1].Index != known[i].Index + 1)
            {
                segments.Add(run.Count == 1 ? new SparklineSegment(run[0], null) : new SparklineSegment(null, string.Join(" ", run.Select(d => $"{d.X},{d.Y}"))));
                run = [];
            }
        }

        var (first, last) = (known[0], known[^1]);
        var description = $"Trend from {FigureFormat.Month(points[first.Index].Period)} ({FigureFormat.Value(first.Value, unit)}) " +
            $"to {FigureFormat.Month(points[last.Index].Period)} ({FigureFormat.Value(last.Value, unit)})";
        return new(segments, At(last), description);
    }

    private static string Fmt(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A run of consecutive months: a dot when it is a single month, otherwise an SVG polyline's points.</summary>
public sealed record SparklineSegment(SparklineDot? Dot, string? Line);

/// <summary>A mark's centre, in the sparkline's own coordinates, written as SVG writes numbers.</summary>
public sealed record SparklineDot(string X, string Y);
