namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// The address the page was loaded from, for the audit log of what a live page does (a circuit has no request of
/// its own). Set once by <c>Routes</c> from the value the server itself rendered into the page.
/// </summary>
public sealed class ClientAddress
{
    public string? Value { get; set; }
}
