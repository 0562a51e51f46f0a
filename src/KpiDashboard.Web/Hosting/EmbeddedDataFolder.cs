using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;

namespace KpiDashboard.Web.Hosting;

/// <summary>
/// Where the embedded cluster keeps its data, and the line to print when that is not where the settings say.
/// Normally the configured folder (by default <c>.data/postgres</c> in the web project). When this process is root the
/// cluster runs as the postgres user, which cannot reach a checkout in a private home folder such as <c>/root</c>;
/// the default then moves to a folder of that user's own outside the checkout, one per checkout.
/// </summary>
public sealed record EmbeddedDataFolder(string FullPath, string? Notice)
{
    public const string DefaultDirectory = ".data/postgres";
    public const string DefaultOutsideParent = "/var/lib/kpidashboard";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OpenToRead = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    /// <param name="configured">The <c>Database:EmbeddedDataDirectory</c> setting; null or blank when it is not set.</param>
    /// <param name="contentRoot">The web project's folder in the checkout; relative settings start from it.</param>
    /// <param name="outsideParent">Where folders outside the checkout are made.</param>
    public static async Task<EmbeddedDataFolder> ChooseAsync(string? configured, string contentRoot, string outsideParent = DefaultOutsideParent)
    {
        configured = string.IsNullOrWhiteSpace(configured) ? null : configured;
        var inCheckout = Path.GetFullPath(configured ?? DefaultDirectory, contentRoot);
        // Only root on Linux runs the cluster as the postgres user (PostgresCluster).
        if (!Environment.IsPrivilegedProcess || OperatingSystem.IsWindows() || await PostgresUserReach.FirstBlockedFolderAsync(inCheckout) is not { } blocked)
        {
            return new EmbeddedDataFolder(inCheckout, null);
        }

        if (configured is not null)
        {
            throw new StartupProblemException(
                $"The embedded PostgreSQL cannot use {inCheckout} from Database__EmbeddedDataDirectory, because it runs as the postgres user " +
                $"(PostgreSQL refuses to run as root) and that user cannot enter {blocked}; choose a folder the postgres user can enter, " +
                "or unset the setting to let the app choose one.");
        }

        var outside = await PrepareOutsideAsync(contentRoot, outsideParent);
        return new EmbeddedDataFolder(outside,
            $"The embedded PostgreSQL keeps its data in {outside} (the postgres user it runs as cannot enter {blocked}).");
    }

    /// <summary>The folder outside the checkout for this checkout: the same one on every run, so its data and a running cluster are found again.</summary>
    public static string OutsideFolderFor(string contentRoot, string outsideParent = DefaultOutsideParent) =>
        Path.Combine(outsideParent, CheckoutKey(contentRoot), "postgres");

    [UnsupportedOSPlatform("windows")]
    private static async Task<string> PrepareOutsideAsync(string contentRoot, string outsideParent)
    {
        var folder = OutsideFolderFor(contentRoot, outsideParent);
        try
        {
            CreateWithMode(outsideParent, OpenToRead);
            CreateWithMode(Path.GetDirectoryName(folder)!, OpenToRead);
            CreateWithMode(folder, OwnerOnly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblemException(
                $"The postgres user cannot enter the web project's folder {contentRoot} and the embedded PostgreSQL could not make {folder} instead ({ex.Message}); " +
                "set Database__EmbeddedDataDirectory to a folder the postgres user can enter, or point the app at a database with ConnectionStrings__Kpi.", ex);
        }

        await ExternalProgram.RunAsync("chown", PostgresCluster.ServiceUser, folder);
        if (await PostgresUserReach.FirstBlockedFolderAsync(folder) is { } blocked)
        {
            throw new StartupProblemException(
                $"The postgres user cannot enter the web project's folder {contentRoot}, nor {blocked} on the way to {folder}; " +
                "set Database__EmbeddedDataDirectory to a folder the postgres user can enter, or point the app at a database with ConnectionStrings__Kpi.");
        }

        return folder;
    }

    /// <summary>Makes a missing folder with exactly <paramref name="mode"/> (whatever the umask); leaves an existing one as it is.</summary>
    [UnsupportedOSPlatform("windows")]
    private static void CreateWithMode(string folder, UnixFileMode mode)
    {
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, mode);
        }
    }

    /// <summary>A short name that stays the same for a checkout's full path and differs between checkouts.</summary>
    private static string CheckoutKey(string contentRoot)
    {
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)))[..12];
    }
}
