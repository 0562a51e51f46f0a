using KpiDashboard.Web.Features.Exports.Background;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>
/// Published packs' files in PostgreSQL (<c>pack_files</c>), so every instance of the app serves the same file and
/// makes it once. A file is kept for the content it was made from (a hash of the content): a figure revised after
/// publishing adds a revision notice to the pack, and its files are made once more.
/// </summary>
public sealed class PackFileStore(NpgsqlDataSource dataSource)
{
    public async Task<ExportedFile?> FindAsync(int packId, PackExportFormat format, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT bytes, content_type, file_name FROM pack_files WHERE pack_id = $1 AND format = $2 AND content_hash = $3");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = packId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = format.Extension });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = contentHash });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ExportedFile(
            reader.GetFieldValue<byte[]>(reader.GetOrdinal("bytes")),
            reader.GetFieldValue<string>(reader.GetOrdinal("content_type")),
            reader.GetFieldValue<string>(reader.GetOrdinal("file_name")));
    }

    /// <summary>Keeps the file, replacing one made from older content; one statement, so nothing half-written.</summary>
    public async Task KeepAsync(int packId, PackExportFormat format, string contentHash, ExportedFile file, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO pack_files (pack_id, format, content_hash, file_name, content_type, bytes, made_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (pack_id, format) DO UPDATE
            SET content_hash = excluded.content_hash, file_name = excluded.file_name, content_type = excluded.content_type,
                bytes = excluded.bytes, made_at = excluded.made_at
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = packId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = format.Extension });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = contentHash });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = file.FileName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = file.ContentType });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = file.Bytes, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = madeAt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>When each kept file of the pack was made, by format (tests; the page's "made on").</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> MadeAtAsync(int packId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT format, made_at FROM pack_files WHERE pack_id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = packId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var made = new Dictionary<string, DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken))
        {
            made[reader.GetFieldValue<string>(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return made;
    }
}
