using System.Runtime.Versioning;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Hosting;

/// <summary>
/// Where the embedded cluster keeps its data: in the web project unless root's postgres user cannot reach it, and
/// then, for the default only, in a folder of that user's own outside the checkout (here under a test folder, not /var/lib).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class EmbeddedDataFolderTests : IDisposable
{
    private const string RootOnly = "Only root runs the cluster as the postgres user.";
    private readonly string _open = TestFolders.Open("kpi-data-folder-");
    private readonly string _private = TestFolders.Private("kpi-data-folder-home-");

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    private string OutsideParent => Path.Combine(_open, "kpidashboard");

    [Fact]
    public async Task The_default_stays_in_the_web_project_when_the_postgres_user_can_reach_it()
    {
        var webProject = WebProjectIn(_open);

        var folder = await EmbeddedDataFolder.ChooseAsync(null, webProject, OutsideParent);

        Assert.Equal(Path.Combine(webProject, ".data", "postgres"), folder.FullPath);
        Assert.Null(folder.Notice);
        Assert.False(Directory.Exists(OutsideParent));
    }

    [Fact]
    public async Task A_configured_folder_the_postgres_user_can_reach_is_used_as_given()
    {
        var folder = await EmbeddedDataFolder.ChooseAsync("../pg", WebProjectIn(_open), OutsideParent);

        Assert.Equal(Path.Combine(_open, "kpi", "src", "pg"), folder.FullPath);
        Assert.Null(folder.Notice);
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task The_default_of_a_checkout_in_a_private_folder_moves_to_a_postgres_owned_folder_outside_it_and_says_so()
    {
        var webProject = WebProjectIn(_private);

        var folder = await EmbeddedDataFolder.ChooseAsync(null, webProject, OutsideParent);

        Assert.StartsWith(OutsideParent + "/", folder.FullPath, StringComparison.Ordinal);
        Assert.Equal($"The embedded PostgreSQL keeps its data in {folder.FullPath} (the postgres user it runs as cannot enter {_private}).", folder.Notice);
        Assert.Equal(("postgres", "700"), OwnerAndMode.Of(folder.FullPath));
        Assert.Equal(("root", "755"), OwnerAndMode.Of(OutsideParent));
        Assert.Null(await PostgresUserReach.FirstBlockedFolderAsync(folder.FullPath));
        Assert.False(Directory.Exists(Path.Combine(webProject, ".data")));
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task Each_checkout_keeps_its_own_folder_outside_and_finds_it_again_on_the_next_run()
    {
        var first = await EmbeddedDataFolder.ChooseAsync(null, WebProjectIn(_private), OutsideParent);
        var again = await EmbeddedDataFolder.ChooseAsync(null, WebProjectIn(_private) + "/", OutsideParent);
        var other = await EmbeddedDataFolder.ChooseAsync(null, Path.Combine(_private, "other", "src", "KpiDashboard.Web"), OutsideParent);

        Assert.Equal(first.FullPath, again.FullPath);
        Assert.NotEqual(first.FullPath, other.FullPath);
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task A_configured_folder_the_postgres_user_cannot_enter_is_not_moved_and_fails_with_one_sentence_naming_it()
    {
        var configured = Path.Combine(_private, "pg");

        var problem = await Assert.ThrowsAsync<StartupProblemException>(
            () => EmbeddedDataFolder.ChooseAsync(configured, WebProjectIn(_open), OutsideParent));

        Assert.Equal($"The embedded PostgreSQL cannot use {configured} from Database__EmbeddedDataDirectory, because it runs as the postgres user " +
            $"(PostgreSQL refuses to run as root) and that user cannot enter {_private}; choose a folder the postgres user can enter, " +
            "or unset the setting to let the app choose one.", problem.Message);
        Assert.False(Directory.Exists(OutsideParent));
    }

    public void Dispose()
    {
        Directory.Delete(_open, recursive: true);
        Directory.Delete(_private, recursive: true);
    }

    private static string WebProjectIn(string home) => Path.Combine(home, "kpi", "src", "KpiDashboard.Web");
}
