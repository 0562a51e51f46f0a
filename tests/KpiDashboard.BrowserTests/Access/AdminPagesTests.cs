using System.Net;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.Access;

/// <summary>An Admin's day in Chromium: a new user, a key for their script shown once and then revoked, and the audit log that saw it all.</summary>
[Collection(RunningApp.Name)]
public sealed class AdminPagesTests(AppServer app)
{
    private const string NewUser = "new.viewer@council.example";

    [Fact]
    public async Task An_admin_adds_a_user_gives_them_a_key_revokes_it_and_finds_each_step_in_the_audit_log()
    {
        await using var own = await app.StartPrivateAppAsync();
        await using var context = await app.NewBrowserContextAsync(own.BaseAddress, TestUsers.For(Roles.Admin));

        var users = await context.OpenInteractiveAsync("/admin/users");
        await users.GetByLabel("Email").FillAsync(NewUser);
        await users.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(users.GetByTestId("users-message")).ToContainTextAsync($"{NewUser} can now sign in as Viewer.");
        Assert.Equal(20, (await users.GetByTestId("generated-password").InnerTextAsync()).Length);
        await Expect(users.Locator($"tr[data-user='{NewUser}'] [data-testid=status]")).ToHaveTextAsync("Active");
        await users.SaveScreenshotAsync("admin-users");

        var keys = await context.OpenInteractiveAsync("/admin/api-keys");
        await keys.GetByTestId("key-user").ClickAsync();
        await keys.GetByRole(AriaRole.Option, new() { Name = $"{NewUser} (Viewer)" }).ClickAsync();
        await keys.GetByLabel("Name (what uses it)").FillAsync("committee papers script");
        await keys.GetByRole(AriaRole.Button, new() { Name = "Make key" }).ClickAsync();
        var secret = await keys.GetByTestId("new-key").InnerTextAsync();
        await keys.SaveScreenshotAsync("admin-api-keys");
        Assert.Equal(HttpStatusCode.OK, await MetricsStatusAsync(own.BaseAddress, secret));

        await keys.GetByRole(AriaRole.Button, new() { Name = $"Revoke the key committee papers script of {NewUser}" }).ClickAsync();
        await Expect(keys.GetByTestId("keys-message")).ToContainTextAsync("is revoked");
        await Expect(keys.GetByTestId("new-key")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, await MetricsStatusAsync(own.BaseAddress, secret));

        var audit = await context.OpenInteractiveAsync($"/admin/audit?who=admin%40test");
        var rows = audit.GetByTestId("audit").Locator("tbody tr");
        Assert.Equal(
            [AuditActions.ApiKeyRevoked, AuditActions.ApiKeyCreated, AuditActions.UserCreated],
            (await rows.Locator("th").AllInnerTextsAsync()).Take(3));
        await Expect(rows.First).ToContainTextAsync($"user {NewUser}");
        await audit.SaveScreenshotAsync("admin-audit");
    }

    [Fact]
    public async Task On_a_phone_the_audit_log_scrolls_inside_its_own_region_and_the_page_does_not_widen()
    {
        await using var context = await app.NewBrowserContextAsync(email: TestUsers.For(Roles.Admin), width: 390, height: 844);
        var page = await context.OpenInteractiveAsync("/admin/audit");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Audit log entries" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The audit page is wider than the phone's 390 px.");
        await page.SaveScreenshotAsync("admin-audit-phone");
    }

    private static async Task<HttpStatusCode> MetricsStatusAsync(Uri address, string key)
    {
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var response = await client.GetAsync(new Uri("/api/v1/metrics", UriKind.Relative));
        return response.StatusCode;
    }
}
