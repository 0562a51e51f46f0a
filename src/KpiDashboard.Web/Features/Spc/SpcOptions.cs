namespace KpiDashboard.Web.Features.Spc;

/// <summary>
/// How a measure's XmR chart is read. Making Data Count uses runs of 6 for shifts and trends; some teams use 7.
/// <paramref name="BaselineMonths"/>, when set, fixes the first partition's mean and limits on its first months
/// and extends them over the rest.
/// </summary>
public sealed record SpcOptions(int ShiftLength = 6, int TrendLength = 6, int? BaselineMonths = null)
{
    /// <summary>Fewer points than this: no limits, no signals, no icons.</summary>
    public const int MinimumPoints = 13;

    public static SpcOptions Default { get; } = new();
}

/// <summary>A month from which the limits are recalculated, with the reason recorded for the chart.</summary>
public sealed record SpcRecalculation(DateOnly From, string Reason, int? BaselineMonths = null);

/// <summary>One month's figure on the chart.</summary>
public sealed record SpcInputPoint(DateOnly Period, decimal Value);
