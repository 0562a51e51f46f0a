using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using Microsoft.Playwright;
using ServedProcess = KpiDashboard.Tests.Hosting.RunningApp;

namespace KpiDashboard.BrowserTests.Hosting;

/// <summary>Stopping the real app process (Ctrl+C, as an orchestrator's SIGTERM does) while signed-in pages hold circuits open and an upload is still arriving.</summary>
[Collection(RunningApp.Name)]
public sealed class ShutdownTests(AppServer app, PostgresServer postgres)
{
    /// <summary>Generous, for a loaded CI machine: the app gives work in progress 3 s (HostShutdown); it took 30 s before.</summary>
    private static readonly TimeSpan EndsWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Stopping_the_app_with_circuits_and_an_upload_open_ends_within_seconds()
    {
        await using var served = ServedProcess.Start(RepoPaths.WebProject, new Dictionary<string, string>
        {
            ["ConnectionStrings__Kpi"] = await postgres.CreateSeededDatabaseAsync(),
            ["Database__ApplyMigrationsOnStart"] = "false",
            ["Database__SeedOnStart"] = "false",
            // A build (not a publish) serves the framework's and MudBlazor's files only in Development.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
        await served.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        await using var context = await app.NewBrowserContextAsync(served.BaseAddress);
        await context.OpenInteractiveAsync("/");
        await context.OpenInteractiveAsync("/kpi/referrals");

        // An upload still arriving (here a sign-in form whose body never finishes) is a request in progress.
        using var slowUpload = await StartSlowUploadAsync(served.BaseAddress);

        var stopping = Stopwatch.StartNew();
        var exitCode = await served.StopAsync(TimeSpan.FromSeconds(60));

        TestContext.Current.TestOutputHelper?.WriteLine($"The app ended {stopping.Elapsed.TotalSeconds:0.0} s after Ctrl+C, with two circuits and an unfinished upload open.");
        Assert.Equal(0, exitCode);
        Assert.True(stopping.Elapsed < EndsWithin, $"The app took {stopping.Elapsed.TotalSeconds:0.0} s to end with two circuits and an unfinished upload open.");
    }

    private static async Task<TcpClient> StartSlowUploadAsync(Uri address)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var head = $"POST /account/sign-in HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nEmail=a";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        return client;
    }
}
