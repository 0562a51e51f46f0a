using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Publication;

/// <summary>
/// The random data sets of <see cref="RandomPublicationData"/> in the app's own tables: its measures (codes prefixed, beside
/// the catalogue's) with their roll-up parts, its authority and quadrants, and for each data set its localities and the
/// leaves' figures as imported observations. The parents and the shares are left to the figures view to compute.
/// </summary>
internal sealed class ProofDatabase(IDbContextFactory<KpiDbContext> contextFactory)
{
    public const string Prefix = "proof-";

    private readonly Dictionary<string, int> metricIds = [];
    private readonly Dictionary<string, int> areaIds = [];
    private long importId;

    public async Task CreateCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = RandomPublicationData.Rules.Select((rule, i) => new Metric
        {
            Code = Prefix + rule.Metric, Name = rule.Metric, Theme = "Proof", Definition = "A measure of the suppression proof.",
            Unit = rule.IsRate ? MetricUnit.Percent : MetricUnit.Count, Decimals = rule.IsRate ? 1 : 0, Polarity = Polarity.Neutral,
            SmallNumberSuppression = rule.SmallNumberSuppression, Rollup = rule.Rollup, SortOrder = 1000 + i,
        }).ToList();
        var authority = new Area { Code = "LA", Name = "Proof authority", Kind = AreaKind.Authority, SortOrder = 1000 };
        var import = new ImportBatch { FileName = "proof.csv", ContentHash = "proof", ImportedBy = "proof", ImportedAt = DateTimeOffset.UtcNow };
        db.AddRange(metrics);
        db.Add(authority);
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        var quadrants = Enumerable.Range(1, 4).Select(q => new Area { Code = $"Q{q}", Name = $"Proof quadrant {q}", Kind = AreaKind.Quadrant, ParentId = authority.Id, SortOrder = 1000 + q }).ToList();
        db.AddRange(quadrants);
        foreach (var rule in RandomPublicationData.Rules)
        {
            var metric = metrics.Single(m => m.Code == Prefix + rule.Metric);
            metric.Parts.AddRange(rule.NumeratorParts.Select(p => Part(metrics, p, PartRole.Numerator)).Concat(rule.DenominatorParts.Select(p => Part(metrics, p, PartRole.Denominator))));
        }

        await db.SaveChangesAsync(cancellationToken);
        metrics.ForEach(m => metricIds[m.Code[Prefix.Length..]] = m.Id);
        quadrants.Prepend(authority).ToList().ForEach(a => areaIds[a.Code] = a.Id);
        importId = import.Id;
    }

    /// <summary>Replaces the figures (and localities) of the last data set by this one's: its leaves' figures only.</summary>
    public async Task WriteAsync(FigureGrid grid, PublicationCatalogue catalogue, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Observations.Where(o => o.ImportId == importId).ExecuteDeleteAsync(cancellationToken);
        var quadrantIds = areaIds.Where(a => a.Key != "LA").Select(a => a.Value).ToList();
        await db.Areas.Where(a => a.ParentId != null && quadrantIds.Contains(a.ParentId.Value)).ExecuteDeleteAsync(cancellationToken);
        var localities = catalogue.Areas.Where(a => !areaIds.ContainsKey(a.Area))
            .Select(a => new Area { Code = a.Area, Name = "Proof locality " + a.Area, Kind = AreaKind.Locality, ParentId = areaIds[a.Parent!], SortOrder = 1000 + a.SortOrder })
            .ToList();
        db.AddRange(localities);
        await db.SaveChangesAsync(cancellationToken);
        var ids = new Dictionary<string, int>(areaIds);
        localities.ForEach(a => ids[a.Code] = a.Id);
        var leaves = catalogue.Areas.Where(a => catalogue.Areas.All(c => c.Parent != a.Area)).Select(a => a.Area).ToHashSet();
        var rules = catalogue.Metrics.ToDictionary(r => r.Metric);
        db.Observations.AddRange(grid.Cells.Where(c => leaves.Contains(c.Area) && !rules[c.Metric].HasParts).Select(c => new Observation
        {
            MetricId = metricIds[c.Metric], AreaId = ids[c.Area], Period = c.Month,
            Value = c.Value is { } v ? Math.Round(v, rules[c.Metric].IsRate ? 1 : 0) : null,
            Numerator = c.Numerator, Denominator = c.Denominator, Status = c.Status, ImportId = importId,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every figure of the proof's measures as the figures view gives it, keyed by the data set's own codes.</summary>
    public async Task<FigureGrid> FiguresAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking()
            .Join(db.Metrics.Where(m => m.Code.StartsWith(Prefix)), f => f.MetricId, m => m.Id, (f, m) => new { f, Metric = m.Code })
            .Join(db.Areas, x => x.f.AreaId, a => a.Id, (x, a) => new { x.f, x.Metric, Area = a.Code })
            .ToListAsync(cancellationToken);
        return new FigureGrid(figures.Select(x => new FigureCell(x.Metric[Prefix.Length..], x.Area, x.f.Period, x.f.Value, x.f.Numerator, x.f.Denominator, x.f.Status)));
    }

    private static RollupPart Part(List<Metric> metrics, string code, PartRole role) =>
        new() { PartMetricId = metrics.Single(m => m.Code == Prefix + code).Id, Role = role };
}
