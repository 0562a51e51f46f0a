namespace KpiDashboard.Web.Features.Access;

/// <summary>One line of the audit log: who did what, when, from which address.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The signed-in user's email, an API key's "email (key name)", or the command line's account.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    /// <summary>What it was done to, e.g. "import 12" or "user ann@council.gov.uk".</summary>
    public string Target { get; set; } = "";

    public string Detail { get; set; } = "";

    public string? Address { get; set; }
}
