using System.Net;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Access;

/// <summary>API keys on real PostgreSQL: stored only as hashes, refused once expired, revoked or their user disabled, limited per key.</summary>
public sealed class ApiKeyTests(PostgresServer server) : ApiTest(server)
{
    private static readonly string Viewer = TestUsers.For(Roles.Viewer);

    private ApiKeyService Keys => Services.GetRequiredService<ApiKeyService>();

    [Fact]
    public async Task A_key_is_stored_as_its_sha256_hash_only_and_records_its_last_use()
    {
        var (key, _) = await Keys.CreateAsync(Viewer, "monthly script", 30, Actor.System, TestContext.Current.CancellationToken);

        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key!.Secret);
        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await DbAsync();
        var stored = await db.ApiKeys.SingleAsync(k => k.Id == key.Id, TestContext.Current.CancellationToken);
        Assert.Equal(ApiKeyRules.HashOf(key.Secret), stored.Hash);
        Assert.DoesNotContain(key.Secret[ApiKeyRules.PrefixLength..], stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.NotNull(stored.LastUsedAt);
        Assert.Equal(30, (int)Math.Round((stored.ExpiresAt - stored.CreatedAt).TotalDays));
    }

    [Theory]
    [InlineData("expired", "The API key expired on")]
    [InlineData("revoked", "The API key has been revoked.")]
    [InlineData("user disabled", "The API key's user is disabled.")]
    [InlineData("unknown", "The API key is not known.")]
    public async Task A_key_that_can_no_longer_be_used_answers_401_saying_why(string state, string sentence)
    {
        var (key, _) = await Keys.CreateAsync(Viewer, "script", 30, Actor.System, TestContext.Current.CancellationToken);
        var secret = key!.Secret;
        await using (var db = await DbAsync())
        {
            var stored = await db.ApiKeys.Include(k => k.User).SingleAsync(k => k.Id == key.Id, TestContext.Current.CancellationToken);
            _ = state switch
            {
                "expired" => stored.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                "revoked" => stored.RevokedAt = DateTimeOffset.UtcNow,
                "user disabled" => stored.User!.DisabledAt = DateTimeOffset.UtcNow,
                _ => default(DateTimeOffset?),
            };
            secret = state == "unknown" ? ApiKeyRules.NewSecret() : secret;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_a_key_is_recorded_in_the_audit_log_without_the_secret()
    {
        var (key, _) = await Keys.CreateAsync(Viewer, "script", 30, Actor.System, TestContext.Current.CancellationToken);

        Assert.Null(await Keys.RevokeAsync(key!.Id, new Actor("admin@test", "10.0.0.9"), TestContext.Current.CancellationToken));

        await using var db = await DbAsync();
        var entries = await db.AuditEvents.Where(e => e.Target == $"user {Viewer}" && e.Action.StartsWith("API key")).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([AuditActions.ApiKeyCreated, AuditActions.ApiKeyRevoked], entries.Select(e => e.Action));
        Assert.Equal(("admin@test", "10.0.0.9"), (entries[1].Actor, entries[1].Address));
        Assert.All(entries, e => Assert.DoesNotContain(key.Secret, e.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", 90, "Give the key a name")]
    [InlineData("script", 0, "A key lasts from 1 to 730 days; 0 is not allowed.")]
    [InlineData("script", 731, "A key lasts from 1 to 730 days; 731 is not allowed.")]
    public async Task A_key_without_a_name_or_with_a_lifetime_out_of_range_is_refused_with_a_sentence(string name, int days, string sentence)
    {
        var (key, problem) = await Keys.CreateAsync(Viewer, name, days, Actor.System, TestContext.Current.CancellationToken);

        Assert.Null(key);
        Assert.StartsWith(sentence, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_past_the_limit_answer_429_with_retry_after_for_that_key_while_another_key_goes_on()
    {
        await using var factory = Factory.WithWebHostBuilder(b => b.UseSetting("Access:ApiCallsPerMinute", "3"));
        using var limited = await factory.CreateClient().WithKeyAsync(factory.Services, Viewer);
        using var other = await factory.CreateClient().WithKeyAsync(factory.Services, Viewer);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await limited.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await limited.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        using var fine = await other.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    private async Task<KpiDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
}
