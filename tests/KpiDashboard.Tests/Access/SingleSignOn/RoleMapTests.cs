using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Access.SingleSignOn;
using Microsoft.Extensions.Configuration;

namespace KpiDashboard.Tests.Access.SingleSignOn;

public sealed class RoleMapTests
{
    [Fact]
    public void A_role_takes_one_value_or_a_list_as_environment_variables_write_them()
    {
        var map = Read(new()
        {
            ["RoleMap:Admin"] = "KPI-Admins",
            ["RoleMap:Viewer:0"] = "KPI-Viewers",
            ["RoleMap:Viewer:1"] = "Select-Committee",
        });

        Assert.Equal([Roles.Admin], map.RolesFor(["KPI-Admins"]));
        Assert.Equal([Roles.Viewer], map.RolesFor(["Select-Committee", "All-Staff"]));
    }

    [Fact]
    public void A_person_in_several_mapped_groups_gets_each_role_once_in_the_usual_order()
    {
        var map = Read(new()
        {
            ["RoleMap:Analyst"] = "KPI-Analysts",
            ["RoleMap:Viewer:0"] = "KPI-Viewers",
            ["RoleMap:Viewer:1"] = "KPI-Analysts",
        });

        Assert.Equal([Roles.Viewer, Roles.Analyst], map.RolesFor(["KPI-Analysts", "KPI-Viewers"]));
    }

    [Fact]
    public void Group_object_ids_match_whatever_their_case()
    {
        var map = Read(new() { ["RoleMap:Presenter"] = "6F1C2B9A-0D4E-4A57-9E0B-3C5D7E8F9A01" });

        Assert.Equal([Roles.Presenter], map.RolesFor(["6f1c2b9a-0d4e-4a57-9e0b-3c5d7e8f9a01"]));
    }

    [Fact]
    public void Values_that_are_not_mapped_give_no_role()
    {
        var map = Read(new() { ["RoleMap:Analyst"] = "KPI-Analysts" });

        Assert.Empty(map.RolesFor(["KPI-Analysts-Old", "All-Staff"]));
    }

    [Fact]
    public void An_entry_that_names_no_role_is_a_sentence()
    {
        var (_, problems) = RoleMap.Read(Section(new() { ["RoleMap:Analysts"] = "KPI-Analysts" }));

        Assert.Equal(["Authentication:OpenIdConnect:RoleMap:Analysts names 'Analysts', which is not a role; the roles are Viewer, Presenter, Analyst, Admin."], problems);
    }

    private static RoleMap Read(Dictionary<string, string?> values)
    {
        var (map, problems) = RoleMap.Read(Section(values));
        Assert.Empty(problems);
        return map;
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.ToDictionary(v => $"{SingleSignOnSettings.Section}:{v.Key}", v => v.Value))
        .Build()
        .GetSection($"{SingleSignOnSettings.Section}:RoleMap");
}
