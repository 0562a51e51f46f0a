using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue;

/// <summary>Base for the catalogue's integration tests: the seeded database, the service, an admin, and the audit lines written.</summary>
public abstract class CatalogueTest(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    protected static readonly Actor Admin = new(TestUsers.For(Roles.Admin), "192.0.2.40");

    protected MeasureCatalogue Catalogue => App.Get<MeasureCatalogue>();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static MeasureDraft Count(string code, string name = "Audits counted") => new(code, name, "Quality of practice",
        "The number of case files audited in the month with this finding.", MetricUnit.Count, 0, Polarity.Neutral, ReportingFrequency.Monthly, 1, true, Rollup.Sum);

    protected static MeasureDraft Share(string code) => new(code, "Share of audits with the finding", "Quality of practice",
        "The share of case files audited in the month with this finding.", MetricUnit.Percent, 1, Polarity.LowerIsBetter, ReportingFrequency.Monthly, 1, true, Rollup.Share);

    protected async Task<List<AuditEvent>> AuditAsync(string action)
    {
        await using var db = await DbAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    protected async Task<Metric> MetricAsync(string code)
    {
        await using var db = await DbAsync();
        return await db.Metrics.AsNoTracking().Include(m => m.Parts).Include(m => m.Targets).SingleAsync(m => m.Code == code, Ct);
    }

    protected async Task<ImportResult> ImportAsync(params string[] rows)
    {
        var csv = "period,area,metric,value\n" + string.Join("\n", rows) + "\n";
        return await App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "figures.csv", TestUsers.Analyst, dryRun: false, Ct);
    }

    protected static void Empty(IReadOnlyList<RuleProblem> problems) => Assert.True(problems.Count == 0, string.Join(" ", problems));
}
