using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Commentary;
using KpiDashboard.Web.Features.DataQuality;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Rag;
using KpiDashboard.Web.Features.Spc;

namespace KpiDashboard.Web.Features.Overview;

/// <summary>Everything one overview tile shows for a metric, area and month.</summary>
public sealed record KpiTileModel(
    string Code,
    string Name,
    string Theme,
    MetricUnit Unit,
    Polarity Polarity,
    DateOnly Period,
    decimal? Value,
    ObservationStatus? Status,
    RagStatus Rag,
    decimal? Target,
    Change? SincePreviousMonth,
    Change? SinceLastYear,
    IReadOnlyList<TrendPoint> Trend)
{
    /// <summary>The figure was computed because none was imported for the area: from the quadrants, or for a share from its counts.</summary>
    public bool Computed { get; init; }

    /// <summary>The measure is a share of a group of counts, so a computed figure came from the counts in the same area.</summary>
    public bool IsShare { get; init; }

    /// <summary>The SPC variation icon for the months up to this one; null with fewer than 13 points.</summary>
    public VariationIcon? Variation { get; init; }

    /// <summary>The SPC assurance icon; null without a target, a better direction or 13 points.</summary>
    public AssuranceIcon? Assurance { get; init; }

    /// <summary>Doubts about the series up to this month (gaps, an unusual change, restatements, out of date).</summary>
    public IReadOnlyList<DataQualityFlag> Flags { get; init; } = [];

    /// <summary>The commentary written on this metric, area and month, if any.</summary>
    public CommentaryVersion? Commentary { get; init; }

    /// <summary>For the internal audience: why the figure shown would be <c>c</c> if published (<see cref="SuppressionReason.None"/>: it would not).</summary>
    public SuppressionReason WhenPublished { get; init; }
}

/// <summary>A movement from an earlier month, and whether it is for the better given the metric's polarity.</summary>
public sealed record Change(DateOnly From, decimal Delta, bool? IsBetter)
{
    public static Change? Between(DateOnly from, decimal? earlier, decimal? later, Polarity polarity)
    {
        if (earlier is not { } e || later is not { } l)
        {
            return null;
        }

        var delta = l - e;
        bool? better = delta == 0 ? null : polarity switch
        {
            Polarity.HigherIsBetter => delta > 0,
            Polarity.LowerIsBetter => delta < 0,
            _ => null,
        };
        return new Change(from, delta, better);
    }
}

public sealed record TrendPoint(DateOnly Period, decimal? Value);

public sealed record OverviewArea(string Code, string Name);

/// <summary>The overview for one area and month, and the choices the page offers.</summary>
public sealed record OverviewModel(
    OverviewArea Area,
    DateOnly? Month,
    IReadOnlyList<OverviewArea> Areas,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<KpiTileModel> Tiles)
{
    /// <summary>Who the figures were read for: the public's are suppressed, the internal audience's marked.</summary>
    public Audience Audience { get; init; }

    /// <summary>When an import last changed the figures: the public page's "figures as at".</summary>
    public DateTimeOffset? FiguresAsAt { get; init; }
}
