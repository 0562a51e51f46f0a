namespace KpiDashboard.Web.Data;

public enum MetricUnit
{
    Count,
    Percent,
    Rate,
    Days,
    Fte,
}

public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    CloseToTarget,
    Neutral,
}

/// <summary>How a figure the council did not import is built from others (see <see cref="RollupPart"/>).</summary>
public enum Rollup
{
    /// <summary>An area's figure is the sum of its sub-areas' figures.</summary>
    Sum,

    /// <summary>A percentage of summed numerators over summed denominators: the rows' own, or those of its parts.</summary>
    Ratio,

    /// <summary>A percentage of a group of counts: its numerator parts over every count of the group, in each area and month.</summary>
    Share,

    /// <summary>Cannot be added up: an area's figure is only ever imported.</summary>
    None,
}

public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    Annual,
}

/// <summary>A KPI definition from the catalogue.</summary>
public sealed class Metric
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Theme { get; set; }
    public required string Definition { get; set; }
    public MetricUnit Unit { get; set; }

    /// <summary>Decimal places a figure is shown with (and a share or ratio is rounded to).</summary>
    public int Decimals { get; set; }

    public Polarity Polarity { get; set; }
    public ReportingFrequency Frequency { get; set; }

    /// <summary>How many months after a period its figure is expected to arrive.</summary>
    public int ReportingLagMonths { get; set; }

    /// <summary>Figures about children (counts, and shares built on them), to which small-number suppression applies when published.</summary>
    public bool SmallNumberSuppression { get; set; }

    public Rollup Rollup { get; set; }
    public int SortOrder { get; set; }

    /// <summary>When set, the measure has left the overview; its figures and history are kept.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public List<MetricTarget> Targets { get; set; } = [];

    /// <summary>The counts a share or ratio is computed from (empty for a sum, or a ratio whose rows carry their own parts).</summary>
    public List<RollupPart> Parts { get; set; } = [];
}
