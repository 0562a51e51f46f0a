using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Access;

public sealed record ApiKeyRow(long Id, string UserEmail, string Name, string Prefix, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A key just made: the secret is in <see cref="Secret"/> and nowhere else, ever.</summary>
public sealed record CreatedApiKey(long Id, string Secret, DateTimeOffset ExpiresAt);

/// <summary>What a presented key turned out to be: its user and roles, or why it was refused.</summary>
public sealed record ApiKeyCheck(AppUser? User, ApiKey? Key, IReadOnlyList<string> Roles, string? Problem);

/// <summary>Creates, lists, revokes and checks API keys. A key acts with its user's roles at the time of each call.</summary>
public sealed class ApiKeyService(IDbContextFactory<KpiDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    /// <summary>How stale "last used" may get before a call writes it again (a write per call would cost every request).</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<(CreatedApiKey? Key, string? Problem)> CreateAsync(string email, string? name, int days, Actor actor, CancellationToken cancellationToken = default)
    {
        if (ApiKeyRules.Problem(name, days) is { } problem)
        {
            return (null, problem);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return (null, user is null ? $"There is no user with the email {email.Trim()}." : $"The user {user.Email} is disabled; enable them before giving them a key.");
        }

        var secret = ApiKeyRules.NewSecret();
        var now = clock.GetUtcNow();
        var key = new ApiKey
        {
            UserId = user.Id, Name = name!.Trim(), Prefix = ApiKeyRules.PrefixOf(secret), Hash = ApiKeyRules.HashOf(secret),
            CreatedAt = now, ExpiresAt = now.AddDays(days),
        };
        db.ApiKeys.Add(key);
        audit.Add(db, actor, AuditActions.ApiKeyCreated, $"user {user.Email}", $"key '{key.Name}' ({key.Prefix}…), expires {key.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return (new CreatedApiKey(key.Id, secret, key.ExpiresAt), null);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.OrderBy(k => k.User!.Email).ThenBy(k => k.CreatedAt)
            .Select(k => new ApiKeyRow(k.Id, k.User!.Email ?? "", k.Name, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key at once; returns the sentence to show, or null when done.</summary>
    public async Task<string?> RevokeAsync(long id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.Include(k => k.User).SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return $"There is no API key {id}.";
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            audit.Add(db, actor, AuditActions.ApiKeyRevoked, $"user {key.User!.Email}", $"key '{key.Name}' ({key.Prefix}…)");
            await db.SaveChangesAsync(cancellationToken);
        }

        return null;
    }

    public async Task<ApiKeyCheck> CheckAsync(string presented, CancellationToken cancellationToken = default)
    {
        var hash = ApiKeyRules.HashOf(presented.Trim());
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.Include(k => k.User).SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        var problem = key switch
        {
            null => "The API key is not known.",
            { RevokedAt: not null } => "The API key has been revoked.",
            _ when key.ExpiresAt <= now => $"The API key expired on {key.ExpiresAt:d MMMM yyyy}.",
            { User.IsDisabled: true } => "The API key's user is disabled.",
            _ => null,
        };
        if (problem is not null)
        {
            return new ApiKeyCheck(null, null, [], problem);
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == key!.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        if (key!.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyCheck(key.User, key, roles, null);
    }
}
