namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// How a measure's XmR chart is read. Making Data Count uses runs of 6 for shifts and trends; some teams use 7.
/// <paramref name="BaselineMonths"/>, when set, fixes the first partition's mean and limits on its first months
/// and extends them over the rest. <paramref name="Baseline"/>, when set (the catalogue's baseline period), fixes them
/// instead on the figures of those months, wherever they fall in the first partition, and applies them to all of it:
/// months before the baseline are judged against the baseline's limits as well as the months after.
/// </summary>
public sealed record SpcOptions(int ShiftLength = 6, int TrendLength = 6, int? BaselineMonths = null, SpcBaselinePeriod? Baseline = null)
{
    /// <summary>Fewer points than this: no limits, no signals, no icons.</summary>
    public const int MinimumPoints = 13;

    /// <summary>
    /// A baseline period whose months hold fewer figures than this (gaps, or months not reported yet) is not used: the
    /// limits come from the whole partition, and the chart says why. Making Data Count asks for 12 to 20 points.
    /// </summary>
    public const int MinimumBaselinePoints = 12;

    public static SpcOptions Default { get; } = new();
}

/// <summary>The months the first limits are fixed on, both included: first days of months.</summary>
public sealed record SpcBaselinePeriod(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly period) => period >= First && period <= Last;
}

/// <summary>A month from which the limits are recalculated, with the reason recorded for the chart.</summary>
public sealed record SpcRecalculation(DateOnly From, string Reason, int? BaselineMonths = null);

/// <summary>One month's figure on the chart.</summary>
public sealed record SpcInputPoint(DateOnly Period, decimal Value);
