namespace KpiDashboard.BrowserTests.Infrastructure;

/// <summary>The tests that share one running app and browser (<see cref="AppServer"/>).</summary>
[CollectionDefinition(Name)]
public sealed class RunningApp : ICollectionFixture<AppServer>
{
    public const string Name = "Running app";
}
