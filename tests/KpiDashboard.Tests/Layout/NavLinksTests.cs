using Bunit;
using Bunit.TestDoubles;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Layout;
using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Tests.Layout;

/// <summary>
/// The header's links: those the user's roles allow, the current page marked as NavLink marks it (class "active" and
/// aria-current="page"), the mark moving on navigation, and the sign-out form.
/// </summary>
public sealed class NavLinksTests : BunitContext
{
    private static string[] Shown(IRenderedComponent<NavLinks> cut) =>
        [.. cut.FindAll("a.app-nav-link").Select(a => a.TextContent)];

    private static string[] Current(IRenderedComponent<NavLinks> cut) =>
        [.. cut.FindAll("a[aria-current=page]").Select(a => $"{a.TextContent}|{a.ClassName}")];

    [Fact]
    public void A_viewer_sees_the_reading_pages_with_the_overview_marked_on_any_area_and_a_sign_out_form()
    {
        this.SignInAs(TestUsers.For(Roles.Viewer), Roles.Viewer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?area=E09000001");

        var cut = Render<NavLinks>();

        Assert.Equal(["Overview", "Commentary", "Annotations", "Meeting packs"], Shown(cut));
        Assert.Equal(["Overview|app-nav-link active"], Current(cut));
        Assert.Equal("app-nav-link", cut.Find("a[href='/commentary']").ClassName);
        var form = cut.Find("form.sign-out-form");
        Assert.Equal(AccountPaths.SignOut, form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(TestUsers.For(Roles.Viewer), cut.Find("[data-testid=signed-in-as]").TextContent);
        Assert.Equal("Sign out", form.QuerySelector("button[type=submit]")!.TextContent);
    }

    [Fact]
    public void The_mark_follows_navigation_to_a_page_below_a_link_but_not_to_a_longer_name()
    {
        this.SignInAs(TestUsers.For(Roles.Admin), Roles.Admin, Roles.Analyst, Roles.Viewer);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var cut = Render<NavLinks>();
        Assert.Equal(["Overview", "Commentary", "Annotations", "Meeting packs", "Data quality", "SPC settings", "Import", "Imports", "Catalogue", "Users", "API keys", "Audit log"], Shown(cut));

        navigation.NavigateTo("/imports/12");
        cut.WaitForAssertion(() => Assert.Equal(["Imports|app-nav-link active"], Current(cut)));

        navigation.NavigateTo("/import");
        cut.WaitForAssertion(() => Assert.Equal(["Import|app-nav-link active"], Current(cut)));

        navigation.NavigateTo("/commentaryx");
        cut.WaitForAssertion(() => Assert.Empty(Current(cut)));
        Assert.DoesNotContain("active", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_signed_out_sees_only_the_sign_in_link()
    {
        AddAuthorization();

        var cut = Render<NavLinks>();

        Assert.Equal(["Sign in"], Shown(cut));
        Assert.Empty(cut.FindAll("form"));
    }

    [Theory]
    [InlineData("http://h/", "http://h/", NavLinkMatch.All, true)]
    [InlineData("http://h/?area=E1#x", "http://h/", NavLinkMatch.All, true)]
    [InlineData("http://h/commentary", "http://h/", NavLinkMatch.All, false)]
    [InlineData("http://h/IMPORTS", "http://h/imports", NavLinkMatch.Prefix, true)]
    [InlineData("http://h/imports/3", "http://h/imports", NavLinkMatch.Prefix, true)]
    [InlineData("http://h/imports?page=2", "http://h/imports", NavLinkMatch.Prefix, true)]
    [InlineData("http://h/importsx", "http://h/imports", NavLinkMatch.Prefix, false)]
    [InlineData("http://h/imports", "http://h/import", NavLinkMatch.All, false)]
    [InlineData("http://h/admin", "http://h/admin/", NavLinkMatch.Prefix, true)]
    public void Matching_follows_NavLink(string current, string link, NavLinkMatch match, bool active) =>
        Assert.Equal(active, NavLinkMatching.IsActive(current, link, match));
}
