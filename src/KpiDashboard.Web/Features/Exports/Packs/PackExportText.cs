using System.Globalization;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Features.Packs;

namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>The words the exports put on every page and slide, and the files' names.</summary>
public static class PackExportText
{
    /// <summary>What the title page and slide of a pack for publication say, beside its title.</summary>
    public const string ForPublicationLine = "For publication: figures about children from 1 to 5 are shown as c";

    /// <summary>The heading of the closing page and slide that holds the method note.</summary>
    public const string MethodHeading = "About the figures shown as c";

    /// <summary>"Meeting of 21 September 2020 · figures to Aug 2020".</summary>
    public static string Meeting(PackContent content) =>
        $"Meeting of {content.MeetingDate.ToString("d MMMM yyyy", FigureFormat.Uk)} · figures to {FigureFormat.Month(content.ReportingMonth)}";

    /// <summary>"Select Committee, 21 September 2020 · meeting 21 Sep 2020 · figures to Aug 2020, as at 2 Dec 2026 14:50 UTC".</summary>
    public static string RunningLine(PackContent content) =>
        $"{content.Title} · meeting {content.MeetingDate.ToString("d MMM yyyy", FigureFormat.Uk)} · figures to {FigureFormat.Month(content.ReportingMonth)}, " +
        $"as at {content.FiguresAsAt.UtcDateTime.ToString("d MMM yyyy HH:mm", FigureFormat.Uk)} UTC" +
        (content.ForPublication ? " · for publication" : "") +
        (content.Status == Data.PackStatus.Draft ? " · DRAFT" : "");

    /// <summary>"pack-3-committee-2020-09-21.pdf": the pack, its meeting, and draft when it is one.</summary>
    public static string FileName(PackContent content, PackExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"pack-{content.Id}-committee-{content.MeetingDate:yyyy-MM-dd}{(content.Status == Data.PackStatus.Draft ? "-draft" : "")}.{format.Extension}");
}
