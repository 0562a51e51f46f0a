using System.Text.Json.Serialization;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// What a pack shows, slide by slide, resolved to words, figures and chart configurations: built from live figures
/// for a draft, read back as stored at publishing for a published pack. Presentation, print and exports all draw this.
/// </summary>
public sealed record PackContent(
    int Id,
    string Title,
    DateOnly MeetingDate,
    DateOnly ReportingMonth,
    DateTimeOffset FiguresAsAt,
    PackStatus Status,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    IReadOnlyList<PackSlideContent> Slides)
{
    /// <summary>Marked for publication (committee papers): its figures are the public view, small numbers about children shown as c.</summary>
    public bool ForPublication { get; init; }

    /// <summary>Every figure of every slide revised since publishing (empty for a draft).</summary>
    [JsonIgnore]
    public IEnumerable<PackFigure> RevisedFigures => Slides.SelectMany(s => s.Figures).Where(f => f.Revised is not null);
}

/// <summary>One slide as shown. <see cref="Chart"/> is null for slides without a chart (tables, text) or without figures.</summary>
public sealed record PackSlideContent(int SlideId, int Position, PackSlideKind Kind, string Title, string SummarySentence)
{
    public PackChartView? View { get; init; }
    /// <summary>The chart kind (trend, spc, comparison...), as <see cref="ChartView.Kind"/> names it.</summary>
    public string? ChartKind { get; init; }
    public string? MetricCode { get; init; }
    public string? MetricName { get; init; }
    public string? AreaCode { get; init; }
    public string? AreaName { get; init; }
    public DateOnly? Month { get; init; }
    public ChartConfig? Chart { get; init; }
    public PackTable? Table { get; init; }
    /// <summary>A text slide's body.</summary>
    public string? Body { get; init; }
    /// <summary>Sentences shown under the chart (events marked on it, computed figures, recalculated limits).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>The figures the slide shows, with the judgements made on them when it was built.</summary>
    public IReadOnlyList<PackFigure> Figures { get; init; } = [];
    /// <summary>Commentary written for the slide's month.</summary>
    public IReadOnlyList<PackCommentary> Commentary { get; init; } = [];
    /// <summary>Dated events within the slide's months.</summary>
    public IReadOnlyList<PackAnnotation> Annotations { get; init; } = [];
    public string? SpeakerNotes { get; init; }

    /// <summary>The figures on this slide revised since the pack was published, old → new.</summary>
    [JsonIgnore]
    public IReadOnlyList<PackFigure> Revisions => [.. Figures.Where(f => f.Revised is not null)];

    /// <summary>"Figures on this slide have been revised since the pack was published: ...", or null when none were.</summary>
    public string? RevisionNotice => Revisions.Count == 0 ? null
        : "Figures on this slide have been revised since the pack was published: " + string.Join("; ", Revisions.Select(r => r.RevisionText)) + ".";
}

/// <summary>The exact figures behind a slide, as text cells: a header row and one row per month, area or measure.</summary>
public sealed record PackTable(string Caption, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<PackTableRow> Rows);

public sealed record PackTableRow(string Heading, IReadOnlyList<string> Cells);

/// <summary>
/// One figure a slide shows, with what was judged on it: the target and thresholds in force, the RAG judgement,
/// the SPC class and limits (where the slide reads the series as an XmR chart) and data-quality flags.
/// </summary>
public sealed record PackFigure(
    string MetricCode,
    string MetricName,
    string AreaCode,
    string AreaName,
    DateOnly Month,
    decimal? Value,
    string Text,
    ObservationStatus Status,
    MetricUnit Unit)
{
    public decimal? Target { get; init; }
    public decimal? Green { get; init; }
    public decimal? Red { get; init; }
    public RagStatus Rag { get; init; } = RagStatus.NoData;
    public SpcClass? SpcClass { get; init; }
    public decimal? SpcMean { get; init; }
    public decimal? SpcLowerLimit { get; init; }
    public decimal? SpcUpperLimit { get; init; }
    public VariationIcon? Variation { get; init; }
    public AssuranceIcon? Assurance { get; init; }
    public bool Computed { get; init; }
    /// <summary>Set when the figure is a sum of monthly figures from this month to <see cref="Month"/> (appointments over six months).</summary>
    public DateOnly? SummedFrom { get; init; }
    public IReadOnlyList<string> Flags { get; init; } = [];
    /// <summary>Set when the figure has been revised since the pack was published: what it is now, and when it changed.</summary>
    public PackFigureRevision? Revised { get; init; }

    /// <summary>"Case audits graded inadequate (%), North East, Jun 2020: 29.2% → 31% (restated 3 Oct 2020)".</summary>
    [JsonIgnore]
    public string RevisionText => Revised is not { } r ? ""
        : $"{MetricName}, {AreaName}, {Components.Figures.FigureFormat.Month(Month)}: {Text} → {r.Text}" +
          (r.RevisedAt is { } at ? $" (restated {at.ToString("d MMM yyyy", Components.Figures.FigureFormat.Uk)})" : "");

    /// <summary>The key a figure is matched on when checking for revisions.</summary>
    [JsonIgnore]
    public (string Metric, string Area, DateOnly Month) Key => (MetricCode, AreaCode, Month);
}

/// <summary>A published figure's current value, and when the import that changed it was made (null if unknown).</summary>
public sealed record PackFigureRevision(decimal? Value, string Text, ObservationStatus Status, DateTimeOffset? RevisedAt);

public sealed record PackCommentary(string MetricName, string AreaName, DateOnly Month, string Text, string Author, DateTimeOffset WrittenAt);

public sealed record PackAnnotation(DateOnly Date, string Text);
