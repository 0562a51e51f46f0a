using System.Text;
using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// Writes the audit log. Text that people typed (names, emails, file names, reasons) is stored with its control
/// characters made visible, so no entry can forge a line break or a second entry in an export or a log reader.
/// </summary>
public sealed class AuditLog(IDbContextFactory<KpiDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxTextLength = 300;
    public const int MaxDetailLength = 2000;

    /// <summary>Adds an entry to a context the caller saves, so it is written in the caller's transaction.</summary>
    public void Add(KpiDbContext db, Actor actor, string action, string target, string detail = "") =>
        db.AuditEvents.Add(Entry(actor, action, target, detail));

    /// <summary>Adds an entry on an open connection, inside the transaction it has begun (imports and undos work that way).</summary>
    public async Task AddAsync(NpgsqlConnection connection, Actor actor, string action, string target, string detail, CancellationToken cancellationToken)
    {
        var entry = Entry(actor, action, target, detail);
        await using var command = new NpgsqlCommand("""
            insert into audit_log (at, actor, action, target, detail, address)
            values (@at, @actor, @action, @target, @detail, @address)
            """, connection);
        command.Parameters.AddWithValue("at", entry.At);
        command.Parameters.AddWithValue("actor", entry.Actor);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("target", entry.Target);
        command.Parameters.AddWithValue("detail", entry.Detail);
        command.Parameters.AddWithValue("address", (object?)entry.Address ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes an entry on its own.</summary>
    public async Task RecordAsync(Actor actor, string action, string target, string detail = "", CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Add(db, actor, action, target, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    public AuditEvent Entry(Actor actor, string action, string target, string detail) => new()
    {
        At = clock.GetUtcNow(),
        Actor = Clean(actor.Name, Actor.MaxNameLength),
        Action = action,
        Target = Clean(target, MaxTextLength),
        Detail = Clean(detail, MaxDetailLength),
        Address = actor.Address,
    };

    /// <summary>Control characters (CR, LF, tab, NUL...) written as \r, \n, \t or \u0000; cut to the column's length.</summary>
    public static string Clean(string text, int maxLength)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => clean.Append("\\r"),
                '\n' => clean.Append("\\n"),
                '\t' => clean.Append("\\t"),
                _ when char.IsControl(c) => clean.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => clean.Append(c),
            };
        }

        return clean.Length <= maxLength ? clean.ToString() : clean.ToString(0, maxLength - 1) + "…";
    }
}
