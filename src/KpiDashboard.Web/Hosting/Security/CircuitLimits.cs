using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace KpiDashboard.Web.Hosting.Security;

/// <summary>The circuit and hub limits, chosen in docs/security.md ("The Blazor hub: origins and limits").</summary>
public static class CircuitLimits
{
    /// <summary>
    /// The largest message a browser may send (SignalR's default). Typed text is at most a commentary of 4,000
    /// characters; uploads stream in chunks sized from this limit (32 KB less 512 bytes each), so files of any
    /// permitted size still pass.
    /// </summary>
    public const long MaximumReceiveMessageBytes = 32 * 1024;

    /// <summary>How long a circuit waits for its browser to reconnect (the default): a laptop lid closed, a Wi-Fi change.</summary>
    public static readonly TimeSpan DisconnectedCircuitRetention = TimeSpan.FromMinutes(3);

    /// <summary>Disconnected circuits kept at once (the default); beyond this the oldest are dropped.</summary>
    public const int DisconnectedCircuitMaxRetained = 100;

    /// <summary>How long the server waits for one JavaScript call (default one minute): drawing a chart, an upload chunk.</summary>
    public static readonly TimeSpan JSInteropCallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Render batches the server sends ahead of a slow browser before it waits (the default).</summary>
    public const int MaxBufferedUnacknowledgedRenderBatches = 10;

    public static IServiceCollection AddCircuitLimits(this IServiceCollection services, IHostEnvironment environment)
    {
        // Post-configured, so that neither the order of registration nor a DetailedErrors setting can loosen them.
        services.PostConfigure<CircuitOptions>(options =>
        {
            options.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetention;
            options.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
            options.JSInteropDefaultCallTimeout = JSInteropCallTimeout;
            options.MaxBufferedUnacknowledgedRenderBatches = MaxBufferedUnacknowledgedRenderBatches;
            // Exception details reach the browser only on a developer's machine.
            options.DetailedErrors = environment.IsDevelopment();
        });
        // The app's one hub is Blazor's, whose options (an internal type) start from these global ones.
        services.PostConfigure<HubOptions>(options => options.MaximumReceiveMessageSize = MaximumReceiveMessageBytes);
        return services;
    }
}
