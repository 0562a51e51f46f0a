using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting.Security;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Tests.Hosting.Security;

/// <summary>The limits of docs/security.md are the ones the running app uses.</summary>
public sealed class CircuitLimitsTests(PostgresServer server) : ApiTest(server)
{
    private IServiceProvider ServicesIn(string environment, string detailedErrorsSetting = "false") => Factory
        .WithWebHostBuilder(builder => builder.UseEnvironment(environment).UseSetting("DetailedErrors", detailedErrorsSetting))
        .Services;

    [Fact]
    public void Circuits_use_the_documented_limits()
    {
        var options = ServicesIn("Production").GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(
            (TimeSpan.FromMinutes(3), 100, TimeSpan.FromSeconds(30), 10),
            (options.DisconnectedCircuitRetentionPeriod, options.DisconnectedCircuitMaxRetained, options.JSInteropDefaultCallTimeout,
             options.MaxBufferedUnacknowledgedRenderBatches));
    }

    [Fact]
    public void The_Blazor_hub_accepts_messages_of_at_most_32_KB()
    {
        // Blazor's hub class is internal; its options are what SignalR applies to the circuit's connection.
        var hub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub));

        var options = (HubOptions)optionsType.GetProperty("Value")!.GetValue(ServicesIn("Production").GetRequiredService(optionsType))!;

        Assert.Equal(32 * 1024, options.MaximumReceiveMessageSize);
        Assert.Equal(CircuitLimits.MaximumReceiveMessageBytes, options.MaximumReceiveMessageSize);
    }

    [Fact]
    public void Detailed_errors_reach_the_browser_only_in_development_whatever_the_setting()
    {
        var production = ServicesIn("Production", detailedErrorsSetting: "true").GetRequiredService<IOptions<CircuitOptions>>().Value;
        var development = ServicesIn("Development").GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal((false, true), (production.DetailedErrors, development.DetailedErrors));
    }
}
