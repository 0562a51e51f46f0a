namespace KpiDashboard.Web.Features.DataQuality;

/// <summary>The <c>DataQuality</c> settings.</summary>
public sealed class DataQualityOptions
{
    /// <summary>A month-on-month change more than this many times the usual moving range is flagged as a likely keying error.</summary>
    public decimal UnusualChangeMultiple { get; set; } = 3m;

    /// <summary>A series whose latest month is more than this many months before the current month is out of date.</summary>
    public int ReportingLagMonths { get; set; } = 2;

    /// <summary>Moving ranges needed before a change can be called unusual.</summary>
    public int MinimumMovingRanges { get; set; } = 6;
}
