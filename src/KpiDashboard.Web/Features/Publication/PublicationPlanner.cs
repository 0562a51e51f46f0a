using System.Data;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// Decides, for every figure the dashboard holds, what a public audience may see (<see cref="Suppression.Decide"/>), and
/// hands each page, download, API answer and pack a <see cref="FigureRedactor"/> for its audience. The plan is kept
/// until the figures or their catalogue change (<c>figure_versions</c>, moved by a trigger in the writing transaction),
/// and read with its version in one snapshot, so a plan always belongs to the figures it was decided on.
/// </summary>
public sealed class PublicationPlanner(IDbContextFactory<KpiDbContext> contextFactory) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile PlannedFigures? current;

    public async Task<FigureRedactor> ForAsync(Audience audience, CancellationToken cancellationToken = default) =>
        new(await CurrentAsync(audience, cancellationToken), audience);

    private async Task<PlannedFigures> CurrentAsync(Audience audience, CancellationToken cancellationToken)
    {
        long version;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await VersionAsync(db, cancellationToken);
        }

        if (current is { } known && known.Version >= version)
        {
            return known;
        }

        // The internal audience reads its numbers from the database and only its markers from the plan, so while a new
        // plan is being decided it is not kept waiting: it gets the last plan's markers. The public always waits.
        if (audience == Audience.Internal && current is { } previous)
        {
            if (!await gate.WaitAsync(0, cancellationToken))
            {
                return previous;
            }
        }
        else
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            if (current is { } decided && decided.Version >= version)
            {
                return decided;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var planned = await DecideAsync(db, cancellationToken);
            current = planned;
            return planned;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static async Task<PlannedFigures> DecideAsync(KpiDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var version = await VersionAsync(db, cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().Include(m => m.Parts).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken);
        var asAt = await db.Imports.Where(b => b.Status == ImportStatus.Committed)
            .MaxAsync(b => (DateTimeOffset?)b.ImportedAt, cancellationToken);
        var metricCodes = metrics.ToDictionary(m => m.Id, m => m.Code);
        var areaCodes = areas.ToDictionary(a => a.Id, a => a.Code);
        var figures = await FiguresAsync(db, transaction, metricCodes, areaCodes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var catalogue = new PublicationCatalogue(
            [.. metrics.Select(m => new MetricRule(m.Code, m.SmallNumberSuppression, m.Rollup,
                [.. m.Parts.Where(p => p.Role == PartRole.Numerator).Select(p => metricCodes[p.PartMetricId]).Order(StringComparer.Ordinal)],
                [.. m.Parts.Where(p => p.Role == PartRole.Denominator).Select(p => metricCodes[p.PartMetricId]).Order(StringComparer.Ordinal)]))],
            [.. areas.Select(a => new AreaNode(a.Code, a.ParentId is { } parent ? areaCodes[parent] : null, a.SortOrder))]);
        return new PlannedFigures(version, Suppression.Decide(new FigureGrid(figures), catalogue), metricCodes, areaCodes, asAt);
    }

    // The whole figures view, read by hand: EF's materialisation of a million rows takes three times PostgreSQL's own read.
    private static async Task<List<FigureCell>> FiguresAsync(KpiDbContext db, IDbContextTransaction transaction,
        Dictionary<int, string> metricCodes, Dictionary<int, string> areaCodes, CancellationToken cancellationToken)
    {
        var statuses = Enum.GetValues<ObservationStatus>().ToDictionary(s => s.ToString(), StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "select metric_id, area_id, period, value, numerator, denominator, status from figures",
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var figures = new List<FigureCell>();
        while (await reader.ReadAsync(cancellationToken))
        {
            figures.Add(new FigureCell(metricCodes[reader.GetInt32(0)], areaCodes[reader.GetInt32(1)], reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetDecimal(3), reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                reader.IsDBNull(5) ? null : reader.GetDecimal(5), statuses[reader.GetString(6)]));
        }

        return figures;
    }

    private static async Task<long> VersionAsync(KpiDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>("select version as \"Value\" from figure_versions").SingleAsync(cancellationToken);
}

/// <summary>One decided plan, the figure version it was decided on, and the codes its ids stand for.</summary>
public sealed record PlannedFigures(
    long Version,
    SuppressionPlan Plan,
    IReadOnlyDictionary<int, string> MetricCodes,
    IReadOnlyDictionary<int, string> AreaCodes,
    DateTimeOffset? FiguresAsAt);
