using Bunit;
using Bunit.TestDoubles;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Admin;
using KpiDashboard.Web.Features.Annotations;
using KpiDashboard.Web.Features.Commentary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Access;

/// <summary>
/// A page left open keeps its buttons, but each action asks the server again whether the user's roles allow it:
/// a user who lost a role since the page opened is refused with a sentence and nothing is written.
/// </summary>
public sealed class ClickTimeChecksTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;
    private BunitAuthorizationContext? _authorization;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        _authorization = this.SignInAs(TestUsers.For(Roles.Analyst), Roles.Analyst, Roles.Admin);
        _app = TestApp.Build(await server.CreateSeededDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<AnnotationService>());
        Services.AddSingleton(_app.Get<CommentaryService>());
        Services.AddSingleton(_app.Get<UserAccounts>());
    }

    [Fact]
    public async Task An_analyst_who_lost_the_role_while_the_annotations_page_was_open_cannot_add_one()
    {
        var cut = Render<AnnotationsPage>();
        cut.WaitForElement("[data-testid=annotation-save]", Wait);
        cut.Find("input[data-testid=annotation-date], [data-testid=annotation-date] input").Change("2020-11-02");
        cut.Find("input[data-testid=annotation-text], [data-testid=annotation-text] input").Change("Schools reopened");

        _authorization!.HoldRoles(Roles.Viewer);
        cut.Find("[data-testid=annotation-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Your account cannot do this: it needs the Analyst role. Nothing was changed.",
            cut.Find("[data-testid=annotation-problem]").TextContent.Trim()), Wait);
        Assert.DoesNotContain(await _app!.Get<AnnotationService>().ListAsync(Xunit.TestContext.Current.CancellationToken), a => a.Text == "Schools reopened");
    }

    [Fact]
    public async Task An_admin_who_lost_the_role_while_the_users_page_was_open_cannot_add_a_user()
    {
        var cut = Render<UsersPage>();
        cut.WaitForElement("[data-testid=users]", Wait);
        cut.Find("input[data-testid=new-email], [data-testid=new-email] input").Change("new.person@council.example");

        _authorization!.HoldRoles(Roles.Analyst);
        cut.Find("[data-testid=add-user]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Your account cannot do this: it needs the Admin role. Nothing was changed.",
            cut.Find("[data-testid=users-message]").TextContent.Trim()), Wait);
        await using var db = await _app!.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "new.person@council.example", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_viewer_reads_annotations_and_commentary_without_the_forms_and_is_told_which_role_writes_them()
    {
        _authorization!.HoldRoles(Roles.Viewer);

        var annotations = Render<AnnotationsPage>();
        var commentary = Render<CommentaryPage>();

        annotations.WaitForElement("[data-testid=annotation-table]", Wait);
        commentary.WaitForElement("[data-testid=read-only]", Wait);
        Assert.Empty(annotations.FindAll("[data-testid=annotation-save], button[aria-label^='Delete annotation']"));
        Assert.Equal("Adding and editing annotations needs the Analyst role; your account can read them.", annotations.Find("[data-testid=read-only]").TextContent);
        Assert.Equal("Writing commentary needs the Presenter or Analyst role; your account can read it.", commentary.Find("[data-testid=read-only]").TextContent);
        Assert.Empty(commentary.FindAll("[data-testid=save]"));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
