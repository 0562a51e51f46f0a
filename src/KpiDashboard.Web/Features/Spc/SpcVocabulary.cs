using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Spc;

/// <summary>Which way is better for a measure, in Making Data Count's terms.</summary>
public enum ImprovementDirection
{
    Increase,
    Decrease,
    /// <summary>Neither direction is better (neutral or close-to-target measures): signals are "neither".</summary>
    Neither,
}

/// <summary>The class of one point on an XmR chart.</summary>
public enum SpcClass
{
    /// <summary>Common-cause variation: noise.</summary>
    Common,
    /// <summary>Special cause in the better direction.</summary>
    Improvement,
    /// <summary>Special cause in the worse direction.</summary>
    Concern,
    /// <summary>Special cause for a measure with no better direction.</summary>
    Neither,
}

/// <summary>Which side of the process a special-cause signal is on: above or below the mean.</summary>
public enum SpcSide
{
    High,
    Low,
}

/// <summary>The Making Data Count variation icon, read from the last point.</summary>
public enum VariationIcon
{
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeitherHigh,
    NeitherLow,
}

/// <summary>The Making Data Count assurance icon: can the process be relied on to meet the target?</summary>
public enum AssuranceIcon
{
    /// <summary>The target lies beyond the limits on the good side: it will be met consistently.</summary>
    Pass,
    /// <summary>The target lies within the limits: it will be met some months and missed in others.</summary>
    HitOrMiss,
    /// <summary>The target lies beyond the limits on the bad side: it will not be met without a change.</summary>
    Fail,
}

public static class ImprovementDirections
{
    public static ImprovementDirection For(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => ImprovementDirection.Increase,
        Polarity.LowerIsBetter => ImprovementDirection.Decrease,
        _ => ImprovementDirection.Neither,
    };
}
