namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>Where things sit on a 16:9 slide (13.333 × 7.5 inches), in EMU (914,400 an inch).</summary>
internal static class Geometry
{
    public const long SlideWidth = 12192000;
    public const long SlideHeight = 6858000;
    public const long NotesWidth = 6858000;
    public const long NotesHeight = 9144000;

    public const long Margin = 457200;
    public const long ContentWidth = SlideWidth - (2 * Margin);
    public const long TitleTop = 228600;
    public const long TitleHeight = 777240;
    public const long SummaryTop = TitleTop + TitleHeight;
    public const long SummaryHeight = 777240;
    public const long ChartTop = SummaryTop + SummaryHeight + 91440;
    public const long FooterHeight = 320040;
    public const long FooterTop = SlideHeight - FooterHeight - 91440;
    public const long ChartHeight = FooterTop - ChartTop - 91440;
}
