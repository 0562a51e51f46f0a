using System.Runtime.Versioning;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Hosting;

/// <summary>
/// Root runs the embedded cluster as the postgres user, which needs to enter every folder on the way to its data.
/// Only root can ask the system as another user; the tests run as root in sessions and CI.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresUserReachTests : IDisposable
{
    private readonly string _private = TestFolders.Private("kpi-reach-");

    private const string RootOnly = "Only root runs the cluster as the postgres user, and only root can ask what that user may enter.";

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task A_folder_only_root_may_enter_is_out_of_reach()
    {
        Assert.Equal(_private, await PostgresUserReach.FirstBlockedFolderAsync(_private));
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task A_folder_anyone_may_enter_is_in_reach()
    {
        File.SetUnixFileMode(_private, TestFolders.OpenToAll);

        Assert.Null(await PostgresUserReach.FirstBlockedFolderAsync(_private));
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task An_open_folder_inside_a_private_one_is_out_of_reach_and_the_private_one_is_named()
    {
        var inner = Directory.CreateDirectory(Path.Combine(_private, "open")).FullName;
        File.SetUnixFileMode(inner, TestFolders.OpenToAll);

        Assert.Equal(_private, await PostgresUserReach.FirstBlockedFolderAsync(inner));
    }

    [Fact(SkipUnless = nameof(RunsAsRoot), Skip = RootOnly)]
    public async Task A_folder_not_made_yet_is_judged_by_the_folders_above_it()
    {
        var notYet = Path.Combine(_private, "not", "yet");

        Assert.Equal(_private, await PostgresUserReach.FirstBlockedFolderAsync(notYet));
        File.SetUnixFileMode(_private, TestFolders.OpenToAll);
        Assert.Null(await PostgresUserReach.FirstBlockedFolderAsync(notYet));
    }

    public void Dispose() => Directory.Delete(_private, recursive: true);
}
