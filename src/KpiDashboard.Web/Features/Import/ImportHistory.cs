using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Web.Features.Import;

/// <summary>An import as the history shows it, with the figures it replaced (old → new).</summary>
public sealed record ImportDetail(ImportBatch Import, IReadOnlyList<ValueChange> Changes);

/// <summary>Reads the history of imports and what each one changed.</summary>
public sealed class ImportHistory(IDbContextFactory<KpiDbContext> contextFactory, NpgsqlDataSource dataSource)
{
    public const int MaxChangesListed = 500;

    public async Task<IReadOnlyList<ImportBatch>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).ToListAsync(cancellationToken);
    }

    public async Task<ImportDetail?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return import is null ? null : new ImportDetail(import, await ChangesAsync(id, cancellationToken));
    }

    /// <summary>
    /// The figures the import replaced, with what it wrote in their place: its figure is either still
    /// current or, once replaced or undone, a revision that names it as the import that wrote it.
    /// </summary>
    private async Task<List<ValueChange>> ChangesAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select m.code, a.code, r.period, r.value, r.status, n.value, n.status
            from observation_revisions r
            join metrics m on m.id = r.metric_id
            join areas a on a.id = r.area_id
            cross join lateral (
                select o.value, o.status from observations o
                where o.import_id = @id and (o.metric_id, o.area_id, o.period) = (r.metric_id, r.area_id, r.period)
                union all
                select w.value, w.status from observation_revisions w
                where w.import_id = @id and (w.metric_id, w.area_id, w.period) = (r.metric_id, r.area_id, r.period)
                limit 1
            ) n
            where r.superseded_by_import_id = @id and r.import_id <> @id
            order by r.period, m.sort_order, a.sort_order
            limit @limit
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("limit", MaxChangesListed);
        return await ValueChange.ReadAllAsync(command, cancellationToken);
    }
}
