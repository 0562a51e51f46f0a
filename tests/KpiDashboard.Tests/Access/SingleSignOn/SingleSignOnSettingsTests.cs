using KpiDashboard.Web.Features.Access.SingleSignOn;
using KpiDashboard.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace KpiDashboard.Tests.Access.SingleSignOn;

public sealed class SingleSignOnSettingsTests
{
    private static readonly Dictionary<string, string?> Entra = new()
    {
        ["Authority"] = "https://login.microsoftonline.com/4b9c6e1d-2f3a-4c5b-8d7e-9f0a1b2c3d4e/v2.0",
        ["ClientId"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        ["ClientSecret"] = "secret-from-entra",
        ["RoleMap:Analyst"] = "KPI.Analyst",
    };

    [Fact]
    public void Without_an_authority_single_sign_on_is_off_whatever_else_is_set()
    {
        var settings = Read(new() { ["ClientId"] = "kpi", ["RoleMap:Nobody"] = "x" });

        Assert.False(settings.IsEnabled);
    }

    [Fact]
    public void An_authority_with_a_client_and_a_role_map_turns_it_on_with_the_defaults()
    {
        var settings = Read(Entra);

        Assert.True(settings.IsEnabled);
        Assert.Equal(("Sign in with your council account", "roles", true), (settings.DisplayName, settings.RoleClaim, settings.RequireHttpsMetadata));
    }

    [Fact]
    public void The_settings_written_out_never_show_the_client_secret()
    {
        Assert.DoesNotContain("secret-from-entra", Read(Entra).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_client_settings_and_role_map_stop_the_start_with_sentences_naming_them()
    {
        var problem = Assert.Throws<StartupProblemException>(() => Read(new() { ["Authority"] = Entra["Authority"] }));

        Assert.Equal(
            "Authentication:OpenIdConnect:RoleMap must map at least one value of the role claim to a role, e.g. Authentication:OpenIdConnect:RoleMap:Viewer=KPI-Viewers; without it nobody could sign in. "
            + "Authentication:OpenIdConnect:ClientId must be set when Authentication:OpenIdConnect:Authority is. "
            + "Authentication:OpenIdConnect:ClientSecret must be set when Authentication:OpenIdConnect:Authority is.",
            problem.Message);
    }

    [Fact]
    public void A_plain_http_authority_is_refused_unless_https_metadata_is_turned_off()
    {
        var http = new Dictionary<string, string?>(Entra) { ["Authority"] = "http://127.0.0.1:5111/" };

        var problem = Assert.Throws<StartupProblemException>(() => Read(http));
        http["RequireHttpsMetadata"] = "false";

        Assert.Equal(
            "Authentication:OpenIdConnect:Authority must be the provider's https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0; 'http://127.0.0.1:5111/' is not.",
            problem.Message);
        Assert.True(Read(http).IsEnabled);
    }

    private static SingleSignOnSettings Read(Dictionary<string, string?> values) => SingleSignOnSettings.Read(new ConfigurationBuilder()
        .AddInMemoryCollection(values.ToDictionary(v => $"{SingleSignOnSettings.Section}:{v.Key}", v => v.Value))
        .Build());
}
