using Npgsql;

namespace KpiDashboard.Benchmarks;

/// <summary>
/// The floor for a restatement: PostgreSQL alone applying figures that are already checked and staged (COPY into a
/// temporary table shaped like the import's staging table), keeping every replaced figure as a revision and writing
/// the new values, with the same set SQL as the importer's merge (Features/Import/ImportMerge.cs) and its statistics
/// refresh, in one transaction. What the importer adds on top is reading and checking the file and the comparison
/// that counts new, changed and unchanged figures.
/// </summary>
public static class RestatementFloor
{
    private const string Differs = """
        (o.value, o.numerator, o.denominator, o.status, o.note)
            is distinct from (s.value, s.numerator, s.denominator, s.status, s.note)
        """;

    /// <summary>Restates every figure in observations to those in the file (a <c>copy observations to stdout</c> of other values).</summary>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string checkedFigures)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand("set local work_mem = '256MB'; create temp table staged (like observations) on commit drop", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        using (var file = new StreamReader(checkedFigures))
        {
            await using var copy = await connection.BeginTextImportAsync("copy staged from stdin");
            var buffer = new char[1 << 16];
            int read;
            while ((read = await file.ReadAsync(buffer)) > 0)
            {
                await copy.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        await using (var apply = new NpgsqlCommand($"""
            insert into observation_revisions
                (metric_id, area_id, period, value, numerator, denominator, status, note, import_id, superseded_by_import_id)
            select o.metric_id, o.area_id, o.period, o.value, o.numerator, o.denominator, o.status, o.note, o.import_id, (select max(id) from imports)
            from staged s
            join observations o using (metric_id, area_id, period)
            where {Differs};
            update observations o
            set value = s.value, numerator = s.numerator, denominator = s.denominator,
                status = s.status, note = s.note, import_id = (select max(id) from imports)
            from staged s
            where o.metric_id = s.metric_id and o.area_id = s.area_id and o.period = s.period and {Differs};
            analyze observations, observation_revisions;
            """, connection) { CommandTimeout = 600 })
        {
            await apply.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
