using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Hosting;

/// <summary>
/// The README's run command for root with the checkout in a private home folder (like /root, mode 0700): the app is
/// started, with no database configured, from a web project inside a folder only root may enter.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class PrivateHomeFolderTests
{
    [Fact]
    public async Task The_app_serves_from_a_checkout_the_postgres_user_cannot_enter_and_says_where_its_data_is()
    {
        var home = TestFolders.Private("kpi-private-home-");
        var webProject = CheckoutIn(home);
        var dataFolder = Environment.IsPrivilegedProcess
            ? EmbeddedDataFolder.OutsideFolderFor(webProject)
            : Path.Combine(webProject, ".data", "postgres");
        var outsideParentExisted = Directory.Exists(EmbeddedDataFolder.DefaultOutsideParent);
        try
        {
            await using var app = RunningApp.Start(webProject, new Dictionary<string, string>
            {
                ["ConnectionStrings__Kpi"] = "",
                ["Database__EmbeddedDataDirectory"] = "",
            });
            await app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));

            if (Environment.IsPrivilegedProcess)
            {
                var printed = NoticeLine().Match(app.Printed);
                Assert.True(printed.Success, $"No line said where the data is:\n{app.Printed}");
                Assert.Equal(dataFolder, printed.Groups["folder"].Value);
                Assert.StartsWith("/var/lib/kpidashboard/", dataFolder, StringComparison.Ordinal);
                Assert.Equal(home, printed.Groups["blocked"].Value);
                Assert.False(Directory.Exists(Path.Combine(webProject, ".data")));
            }
            else
            {
                Assert.DoesNotMatch(NoticeLine(), app.Printed);
            }

            Assert.True(File.Exists(Path.Combine(dataFolder, "data", "PG_VERSION")), $"No cluster in {dataFolder}.");
            Assert.Equal(0, await app.StopAsync(TimeSpan.FromSeconds(30)));
            Assert.False(File.Exists(Path.Combine(dataFolder, "data", "postmaster.pid")), "The cluster still runs after the app stopped.");
        }
        finally
        {
            await PostgresCluster.StopIfRunningAsync(dataFolder);
            Directory.Delete(home, recursive: true);
            RemoveOutsideFolder(dataFolder, outsideParentExisted);
        }
    }

    /// <summary>What the app needs from a checkout: the web project's settings and the seed data above it.</summary>
    private static string CheckoutIn(string home)
    {
        var webProject = Directory.CreateDirectory(Path.Combine(home, "kpi", "src", "KpiDashboard.Web")).FullName;
        File.Copy(Path.Combine(RepoPaths.WebProject, "appsettings.json"), Path.Combine(webProject, "appsettings.json"));
        TestFolders.Copy(RepoPaths.SeedData, Path.Combine(home, "kpi", "seed-data"));
        return webProject;
    }

    /// <summary>Removes this checkout's folder under /var/lib/kpidashboard, and that folder too if this test made it.</summary>
    private static void RemoveOutsideFolder(string dataFolder, bool outsideParentExisted)
    {
        if (!dataFolder.StartsWith(EmbeddedDataFolder.DefaultOutsideParent + "/", StringComparison.Ordinal))
        {
            return;
        }

        var checkoutFolder = Path.GetDirectoryName(dataFolder)!;
        if (Directory.Exists(checkoutFolder))
        {
            Directory.Delete(checkoutFolder, recursive: true);
        }

        var parent = EmbeddedDataFolder.DefaultOutsideParent;
        if (!outsideParentExisted && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
        {
            Directory.Delete(parent);
        }
    }

    [GeneratedRegex(@"^The embedded PostgreSQL keeps its data in (?<folder>\S+) \(the postgres user it runs as cannot enter (?<blocked>\S+)\)\.$", RegexOptions.Multiline)]
    private static partial Regex NoticeLine();
}
