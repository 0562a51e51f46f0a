using System.Text.RegularExpressions;

namespace KpiDashboard.OverviewBenchmarks;

/// <summary>The same SQL reading the figures view as it was before the catalogue's roll-up rules (figures-before.sql).</summary>
internal static partial class FiguresView
{
    public static string Before(string sql) => FiguresName().Replace(sql, "figures_before");

    // The view's name as a word: judged_figures and figure_count stay as they are.
    [GeneratedRegex(@"(?<![\w.])figures(?!\w)")]
    private static partial Regex FiguresName();
}
