using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// A private instance of the dashboard configured, through its settings only, for single sign-on with a test provider
/// of its own: Analyst, Viewer (two groups) and Admin mapped, and the provider told the app's redirect URI.
/// </summary>
internal sealed class SingleSignOnApp : IAsyncDisposable
{
    public const string DisplayName = "Sign in with Test Council";

    private SingleSignOnApp(TestOpenIdProvider provider, PrivateApp app)
    {
        Provider = provider;
        App = app;
        Records = new SingleSignOnRecords(app.ConnectionString);
    }

    public TestOpenIdProvider Provider { get; }

    public PrivateApp App { get; }

    public SingleSignOnRecords Records { get; }

    public Uri BaseAddress => App.BaseAddress;

    public static async Task<SingleSignOnApp> StartAsync(AppServer server, PostgresServer postgres)
    {
        var provider = await TestOpenIdProvider.StartAsync(postgres);
        var app = await server.StartPrivateAppAsync(new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = provider.Authority.ToString(),
            ["Authentication:OpenIdConnect:ClientId"] = TestOpenIdProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = TestOpenIdProvider.ClientSecret,
            ["Authentication:OpenIdConnect:DisplayName"] = DisplayName,
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Authentication:OpenIdConnect:RoleMap:Analyst"] = "KPI-Analysts",
            ["Authentication:OpenIdConnect:RoleMap:Viewer:0"] = "KPI-Viewers",
            ["Authentication:OpenIdConnect:RoleMap:Viewer:1"] = "KPI-Committee",
            ["Authentication:OpenIdConnect:RoleMap:Admin"] = "KPI-Admins",
        });
        await provider.RegisterClientAsync(new Uri(app.BaseAddress, "/signin-oidc"));
        return new SingleSignOnApp(provider, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
