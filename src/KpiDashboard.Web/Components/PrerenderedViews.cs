using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace KpiDashboard.Web.Components;

/// <summary>
/// Hands what a page read while it was prerendered to the same page's interactive render, so that each view queries
/// the database once. The prerender keeps the data here and persists only a ticket for it in the page
/// (<c>[PersistentState]</c>, protected by data protection); the interactive render takes the data with the ticket.
/// </summary>
/// <remarks>
/// Why not persist the data itself: Blazor writes persisted state into the page encrypted (so it does not compress) and
/// the browser sends it back in the message that starts the circuit. The overview's model was 49 KB of it for the
/// seed's 25 measures (about 120 KB for 60), more than the hub's 32 KB receive limit (docs/security.md) and a quarter of
/// the page-weight budget. A ticket costs a few bytes. When the circuit lands on another instance, or after
/// <see cref="Lifetime"/>, the page simply queries again.
/// </remarks>
public sealed class PrerenderedViews : IDisposable
{
    /// <summary>Time between a prerender and its circuit's start: under a second here, much longer on a slow line.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Views kept at most; a client that never starts a circuit (a script, a crawler) leaves one behind.</summary>
    public const int MaxKept = 500;

    private sealed record Kept(string View, object? Value);

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = MaxKept });

    /// <summary>Keeps what the page read for a view (its route and query values, <see cref="ViewKey"/>) and returns the ticket.</summary>
    public string Keep<T>(string view, T value)
    {
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _kept.Set(ticket, new Kept(view, value), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return ticket;
    }

    /// <summary>Takes, once, what the prerender kept for the same view; false when there is nothing to take.</summary>
    public bool TryTake<T>(string? ticket, string view, [MaybeNullWhen(false)] out T value)
    {
        if (ticket is not null && _kept.TryGetValue(ticket, out Kept? kept) && kept!.View == view && kept.Value is T or null)
        {
            _kept.Remove(ticket);
            value = (T)kept.Value!;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A view's choices (route and query values) as one string to compare.</summary>
    public static string ViewKey(params object?[] choices) => string.Join('\u001f', choices);

    public void Dispose() => _kept.Dispose();
}
