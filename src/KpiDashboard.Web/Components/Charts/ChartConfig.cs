using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>
/// A Chart.js 4 configuration as typed records, serialised by <see cref="ChartJson"/> and drawn by
/// <see cref="KpiChart"/>. Only the options the app uses are modelled; nulls are left out of the JSON.
/// <see cref="Unit"/> is ours, not Chart.js's: the JS module formats ticks and tooltips with it.
/// </summary>
public sealed record ChartConfig(string Type, ChartData Data, ChartOptions Options, MetricUnit Unit);

/// <summary>Labels are strings, or string arrays for labels drawn on two lines.</summary>
public sealed record ChartData(IReadOnlyList<object> Labels, IReadOnlyList<ChartDataset> Datasets);

/// <summary>One series. Missing figures are null in <see cref="Data"/> and drawn as gaps.</summary>
public sealed record ChartDataset(string Label, IReadOnlyList<decimal?> Data)
{
    /// <summary>For a line drawn on a bar chart, or the reverse.</summary>
    public string? Type { get; init; }
    public string? BorderColor { get; init; }
    public string? BackgroundColor { get; init; }
    public double? BorderWidth { get; init; }
    public IReadOnlyList<int>? BorderDash { get; init; }
    /// <summary>A Chart.js point style name, or one name per point.</summary>
    public object? PointStyle { get; init; }
    /// <summary>A colour, or one colour per point.</summary>
    public object? PointBackgroundColor { get; init; }
    public object? PointBorderColor { get; init; }
    public double? PointRadius { get; init; }
    public double? PointHoverRadius { get; init; }
    /// <summary>"middle" for a target that changes between two months.</summary>
    public string? Stepped { get; init; }
    public bool? Fill { get; init; }
    public string? Stack { get; init; }
    public int? Order { get; init; }
    /// <summary>Ours: the JS module fills these bars with diagonal stripes, so they differ by more than colour.</summary>
    public bool? Hatched { get; init; }
    /// <summary>Ours: formats this series' tooltips when its unit differs from the chart's.</summary>
    public MetricUnit? Unit { get; init; }
    /// <summary>Ours: extra tooltip lines for each point (status, numerator and denominator).</summary>
    public IReadOnlyList<PointDetail?>? Details { get; init; }
}

/// <summary>What a tooltip says about one figure beyond its value.</summary>
public sealed record PointDetail(string? Status, decimal? Numerator, decimal? Denominator);

public sealed record ChartOptions(ChartScales Scales, ChartPlugins Plugins)
{
    public bool Responsive => true;
    public bool MaintainAspectRatio => false;
    public bool SpanGaps => false;
    public ChartInteraction Interaction { get; init; } = new("index", false);
}

public sealed record ChartInteraction(string Mode, bool Intersect);

public sealed record ChartScales(ChartAxis X, ChartAxis Y);

public sealed record ChartAxis
{
    public bool? Stacked { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public bool? BeginAtZero { get; init; }
    public AxisTitle? Title { get; init; }
    public AxisTicks? Ticks { get; init; }
}

public sealed record AxisTitle(string Text)
{
    public bool Display => true;
    public ChartFont? Font { get; init; }
    /// <summary>Null keeps Chart.js's mid grey.</summary>
    public string? Color { get; init; }
}

/// <summary>A Chart.js font; sizes in CSS pixels. Null leaves Chart.js's default (12 px).</summary>
public sealed record ChartFont(int Size);

public sealed record AxisTicks
{
    public bool? AutoSkip { get; init; }
    public int? MinRotation { get; init; }
    public int? MaxRotation { get; init; }
    public ChartFont? Font { get; init; }
    /// <summary>Null keeps Chart.js's mid grey.</summary>
    public string? Color { get; init; }
}

public sealed record ChartPlugins(ChartLegend Legend, AnnotationOptions Annotation);

public sealed record ChartLegend(bool Display, LegendLabels Labels);

public sealed record LegendLabels(bool UsePointStyle)
{
    public ChartFont? Font { get; init; }
    /// <summary>Null keeps Chart.js's mid grey.</summary>
    public string? Color { get; init; }
}

public sealed record AnnotationOptions(IReadOnlyDictionary<string, ChartAnnotation> Annotations)
{
    public static AnnotationOptions None { get; } = new(new Dictionary<string, ChartAnnotation>());
}

/// <summary>
/// A chartjs-plugin-annotation box (a RAG band) or line (a dated event). X positions are category
/// indexes: month 3 spans 2.5 to 3.5. A missing Y bound reaches the edge of the chart.
/// </summary>
public sealed record ChartAnnotation(string Type)
{
    public decimal? XMin { get; init; }
    public decimal? XMax { get; init; }
    public decimal? YMin { get; init; }
    public decimal? YMax { get; init; }
    public string? BackgroundColor { get; init; }
    public string? BorderColor { get; init; }
    public double? BorderWidth { get; init; }
    public IReadOnlyList<int>? BorderDash { get; init; }
    public string? DrawTime { get; init; }
    public AnnotationLabel? Label { get; init; }
}

public sealed record AnnotationFont(int Size, string Weight);

public sealed record AnnotationLabel(string Content)
{
    public bool Display => true;
    public string Position { get; init; } = "end";
    /// <summary>Degrees; -90 runs the text up a vertical line, so labels of neighbouring events do not collide.</summary>
    public double? Rotation { get; init; }
    public string Color { get; init; } = ChartPalette.Text;
    public string BackgroundColor { get; init; } = "rgba(255,255,255,0.85)";
    public AnnotationFont Font { get; init; } = new(11, "normal");
    public double? YAdjust { get; init; }
}
