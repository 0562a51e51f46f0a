namespace KpiDashboard.Web.Data;

/// <summary>Whether a figure is final, provisional, or withheld (the DfE/GSS symbols).</summary>
public enum ObservationStatus
{
    Actual,
    Provisional,
    /// <summary><c>c</c>: suppressed to protect confidentiality (small numbers).</summary>
    Suppressed,
    /// <summary><c>x</c> or <c>:</c>: not available.</summary>
    NotAvailable,
    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable,
    /// <summary><c>low</c> or <c>k</c>: rounds to zero but is not zero.</summary>
    RoundsToZero,
    /// <summary><c>u</c>: low reliability.</summary>
    LowReliability,
    /// <summary>
    /// Never imported: an authority figure that cannot be built from its quadrants (the metric does not add up,
    /// or a quadrant's figure is missing or withheld). Only the figures view (<see cref="EffectiveFigure"/>) returns it.
    /// </summary>
    NotComputable,
}

public static class ObservationStatusExtensions
{
    /// <summary>Statuses that carry a number; the others are symbols stored without a value.</summary>
    public static bool HasValue(this ObservationStatus status) =>
        status is ObservationStatus.Actual or ObservationStatus.Provisional;
}
