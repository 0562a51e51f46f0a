namespace KpiDashboard.Web.Data;

public enum PackSlideKind
{
    /// <summary>One measure's chart for an area.</summary>
    MeasureChart,
    /// <summary>The RAG summary table of a theme's tiles for an area.</summary>
    ThemeSummary,
    /// <summary>Generated: what changed since the previous published pack.</summary>
    SinceLastMeeting,
    /// <summary>A title and body the Presenter writes.</summary>
    Text,
}

/// <summary>Which of a measure's charts a <see cref="PackSlideKind.MeasureChart"/> slide shows.</summary>
public enum PackChartView
{
    Trend,
    Spc,
    Comparison,
    AuditGrades,
    Workforce,
}

/// <summary>One slide of a pack, at <see cref="Position"/> (0 first).</summary>
public sealed class PackSlide
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 4000;
    public const int MaxNotesLength = 4000;

    public int Id { get; set; }
    public int PackId { get; set; }
    public int Position { get; set; }
    public PackSlideKind Kind { get; set; }
    public PackChartView? ChartView { get; set; }
    public int? MetricId { get; set; }
    public Metric? Metric { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    /// <summary>For a theme summary: the theme's name as the catalogue writes it.</summary>
    public string? Theme { get; set; }
    /// <summary>For a text slide its title; for other slides a title that replaces the generated one.</summary>
    public string? Title { get; set; }
    /// <summary>A text slide's body.</summary>
    public string? Body { get; set; }
    public string? SpeakerNotes { get; set; }
}
