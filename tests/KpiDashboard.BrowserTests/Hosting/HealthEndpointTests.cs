using System.Net;
using KpiDashboard.BrowserTests.Infrastructure;

namespace KpiDashboard.BrowserTests.Hosting;

[Collection(RunningApp.Name)]
public sealed class HealthEndpointTests(AppServer app)
{
    [Fact]
    public async Task Health_endpoint_reports_healthy_when_the_database_answers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }
}
