using System.Text.RegularExpressions;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Scaling;

/// <summary>Two instances on one database behind HAProxy (scripts/haproxy.cfg), as a council that outgrows one server runs it.</summary>
[Collection(RunningApp.Name)]
public sealed partial class TwoInstancesTests(AppServer app)
{
    // The user's address as a proxy in front of the balancer would pass it on; the test's browser is on loopback too.
    private const string UserAddress = "203.0.113.7";

    [Fact]
    public async Task When_the_instance_serving_a_user_stops_the_page_carries_on_through_the_other_without_signing_in_again()
    {
        var balancerAddress = Balancer.ReserveAddress();
        var instances = await app.StartInstancesSharingADatabaseAsync(2, new Dictionary<string, string?>
        {
            ["Security:AllowedOrigins:0"] = balancerAddress.GetLeftPart(UriPartial.Authority),
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            // Stopping an instance with a circuit open waits for it no longer than this.
            ["shutdownTimeoutSeconds"] = "2",
        });
        await using var balancer = await Balancer.StartAsync(balancerAddress, instances[0].BaseAddress, instances[1].BaseAddress);
        try
        {
            await using var context = await app.NewBrowserContextAsync(balancer.Address, email: null);
            await context.SetExtraHTTPHeadersAsync([new("X-Forwarded-For", UserAddress)]);
            var page = await context.NewPageAsync();
            await page.SignInAsync(TestUsers.Everyone, TestUsers.Password, "/?area=NE");
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
            Assert.Equal(UserAddress, await LastSignInAddressAsync(instances[0].ConnectionString));

            var first = await InstanceAsync(context);
            await page.EvaluateAsync("() => window.servedByTheFirstInstance = true");
            await instances[first == "a" ? 0 : 1].DisposeAsync();

            // The circuit died with its instance: the browser reconnects through the balancer, which sends it to the
            // other instance; that one does not know the circuit, so the page reloads the same address there, and the
            // sign-in cookie (protected by keys both instances read from PostgreSQL) still signs the user in.
            await page.WaitForFunctionAsync("() => window.servedByTheFirstInstance === undefined", null, new() { Timeout = 30_000 });
            Assert.NotEqual(first, await InstanceAsync(context));
            await Expect(page).ToHaveURLAsync(AreaNorthEastInQuery());
            await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync(new() { Timeout = 15_000 });
            await Expect(page.GetByTestId("signed-in-as").Filter(new() { Visible = true })).ToHaveTextAsync(TestUsers.Everyone);

            await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "North West" });
            await Expect(page.PageHeading()).ToHaveTextAsync(new Regex("^North West: "));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static async Task<string> InstanceAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).Single(c => c.Name == Balancer.InstanceCookie).Value;

    private static async Task<string?> LastSignInAddressAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select address from audit_log where action = 'sign-in' order by id desc limit 1", connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    [GeneratedRegex("[?&]area=NE(&|$)")]
    private static partial Regex AreaNorthEastInQuery();
}
