namespace KpiDashboard.Web.Features.Rag;

/// <summary>The judgement on one figure against the target in force for its month.</summary>
public enum RagStatus
{
    Green,
    Amber,
    Red,
    /// <summary>The metric has no target (neutral polarity, or none set for the month).</summary>
    NoTarget,
    /// <summary>There is no number to judge: no row, or a suppressed or unavailable figure.</summary>
    NoData,
}
