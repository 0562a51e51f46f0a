namespace KpiDashboard.Web.Features.Publication;

/// <summary>The <c>Publication</c> settings.</summary>
public sealed class PublicationOptions
{
    /// <summary>Opens read-only overview and measure pages, and the read API, to anonymous visitors (suppressed view).</summary>
    public bool PublicScorecard { get; set; }
}
