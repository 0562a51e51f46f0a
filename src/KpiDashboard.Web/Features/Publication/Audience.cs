namespace KpiDashboard.Web.Features.Publication;

/// <summary>Who a figure is drawn, written or sent for.</summary>
public enum Audience
{
    /// <summary>Signed-in roles: every figure, with a marker on each one that would be suppressed if published.</summary>
    Internal,

    /// <summary>Anonymous visitors and everything marked for publication: suppressed figures never leave the server.</summary>
    Public,
}
