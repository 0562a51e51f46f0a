using System.Net;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Tests.Hosting;

/// <summary>The health endpoints as an orchestrator probes them, with PostgreSQL up, stopped and started again.</summary>
public sealed class HealthEndpointsTests(StoppablePostgres postgres) : IClassFixture<StoppablePostgres>, IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Kpi", postgres.ConnectionString);
            builder.UseSetting("Database:ApplyMigrationsOnStart", "false");
            builder.UseSetting("Database:SeedOnStart", "false");
            builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Error));
        });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Live_stays_200_while_ready_and_health_answer_503_until_the_database_is_back()
    {
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), await ProbeAsync());

        await postgres.StopAsync();
        try
        {
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), await ProbeAsync());
        }
        finally
        {
            await postgres.StartAsync();
        }

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), await ProbeAsync());
    }

    [Fact]
    public async Task Health_names_the_failing_check_in_json_while_the_database_is_down()
    {
        await postgres.StopAsync();
        try
        {
            using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Contains("\"database\":{\"status\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            await postgres.StartAsync();
        }
    }

    private async Task<(HttpStatusCode Live, HttpStatusCode Ready, HttpStatusCode Health)> ProbeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var live = await _client.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken);
        using var ready = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
        using var health = await _client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
        return (live.StatusCode, ready.StatusCode, health.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
