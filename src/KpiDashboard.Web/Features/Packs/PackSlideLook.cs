namespace KpiDashboard.Web.Features.Packs;

/// <summary>Where a slide is shown: in the app's pages, projected in the committee room, or printed to PDF.</summary>
public enum PackSlideLook
{
    Screen,
    Present,
    Print,
}
