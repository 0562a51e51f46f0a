namespace KpiDashboard.Web.Features.Metrics;

/// <summary>Metrics that get an extra chart on their detail page.</summary>
public static class MetricGroups
{
    /// <summary>The audit-grade counts, best grade first, and their names as the charts label them.</summary>
    public static IReadOnlyList<(string Code, string Grade)> AuditGrades { get; } =
    [
        ("audits-outstanding", "Outstanding"),
        ("audits-good", "Good"),
        ("audits-requires-improvement", "Requires improvement"),
        ("audits-inadequate", "Inadequate"),
    ];

    public const string Appointed = "practitioners-appointed";
    public const string Vacancies = "vacancies-fte";

    /// <summary>The grade counts and the percentages made from them.</summary>
    public static bool HasAuditGrades(string code) =>
        AuditGrades.Any(g => g.Code == code) || code is "audits-inadequate-pct" or "audits-good-or-better-pct";

    public static bool IsWorkforce(string code) => code is Appointed or Vacancies;
}
