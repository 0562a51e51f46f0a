namespace KpiDashboard.Web.Features.Publication;

/// <summary>The method note public pages show beside suppressed figures (docs/publication.md says the same at length).</summary>
public static class PublicationNote
{
    public const string Text =
        "Figures about children follow the Department for Education's convention for children in need and looked-after "
        + "children statistics. A count from 1 to 5 is shown as c; 0 is shown as 0. A percentage or rate whose numerator "
        + "or denominator is from 1 to 5, or which is built on a count shown as c, is shown as c. So that no figure shown "
        + "as c can be worked out from a total and its other parts, where only one figure of a total (one of its areas, "
        + "or the total itself) is shown as c, the smallest other area that is not 0 is shown as c too, or the total "
        + "where there is no such area; this is repeated until no total has a single figure shown as c. A change between "
        + "months is shown only when both months are, and a series with a figure shown as c has no control limits or "
        + "signals. Figures shown as c are gaps in charts, not zeros.";
}
