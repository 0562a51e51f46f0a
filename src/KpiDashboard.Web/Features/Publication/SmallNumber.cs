namespace KpiDashboard.Web.Features.Publication;

/// <summary>The DfE convention's threshold: a count from 1 to 5 is shown as <c>c</c>; 0 is shown as 0.</summary>
public static class SmallNumber
{
    public const decimal Largest = 5m;

    /// <summary>Above 0 and at most 5. A fraction below 1 (which a count should never be) is treated as small too.</summary>
    public static bool IsSmall(decimal? value) => value is > 0m and <= Largest;
}
