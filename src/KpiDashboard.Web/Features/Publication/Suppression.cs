namespace KpiDashboard.Web.Features.Publication;

/// <summary>
/// The one suppression step: decides, before anything is drawn, written or sent, which figures a public audience sees
/// as <c>c</c>. The rules are in docs/publication.md; <see cref="PublicationNote"/> is what the public pages say of them.
/// </summary>
public static class Suppression
{
    /// <summary>What a suppressed figure is shown as, in tables, tooltips and downloads.</summary>
    public const string Symbol = "c";

    public static SuppressionPlan Decide(FigureGrid grid, PublicationCatalogue catalogue)
    {
        var context = SuppressionContext.Create(grid, catalogue);
        PrimaryRule.Apply(context);
        // A secondary suppression can leave another sum with a single suppressed figure, or a rate on a suppressed
        // count: repeat until nothing changes. Suppressions are only ever added, so this ends.
        bool changed;
        do
        {
            changed = RatePartsRule.Apply(context) | HierarchyRule.Apply(context);
        }
        while (changed);
        return new SuppressionPlan(grid, context.Decisions);
    }
}
