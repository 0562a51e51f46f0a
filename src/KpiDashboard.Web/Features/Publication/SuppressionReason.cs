namespace KpiDashboard.Web.Features.Publication;

/// <summary>Why a figure is shown as <c>c</c> to a public audience.</summary>
public enum SuppressionReason
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>A count from 1 to 5 of a measure about children.</summary>
    Primary,

    /// <summary>A share or ratio whose numerator or denominator is from 1 to 5, or which rests on a suppressed count.</summary>
    Rate,

    /// <summary>Shown, it would let a suppressed figure be worked out from a total and its other parts.</summary>
    Secondary,

    /// <summary>Imported as <c>c</c>: the council withheld it.</summary>
    Withheld,

    /// <summary>Written after the plan was decided: shown to the public once a plan has checked it.</summary>
    Unchecked,
}
