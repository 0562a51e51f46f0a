using System.Globalization;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>How the pack pages write and read dates, and name slide kinds and chart views.</summary>
public static class PackWords
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", FigureFormat.Uk);

    public static string When(DateTimeOffset at) => at.ToString("d MMM yyyy, HH:mm", FigureFormat.Uk);

    public static string Status(PackStatus status) => status == PackStatus.Published ? "Published" : "Draft";

    public static string Kind(PackSlideKind kind) => kind switch
    {
        PackSlideKind.MeasureChart => "Measure chart",
        PackSlideKind.ThemeSummary => "Theme summary",
        PackSlideKind.SinceLastMeeting => "Since the last meeting",
        _ => "Text",
    };

    public static string View(PackChartView view) => view switch
    {
        PackChartView.Spc => "SPC view",
        PackChartView.Comparison => "Quadrant comparison",
        PackChartView.AuditGrades => "Audit grades",
        PackChartView.Workforce => "Workforce",
        _ => "Trend",
    };

    /// <summary>A date typed in a date field (YYYY-MM-DD), or null.</summary>
    public static DateOnly? ReadDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A month typed in a month field (YYYY-MM), or null.</summary>
    public static DateOnly? ReadMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MonthValue(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
