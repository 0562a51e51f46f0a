namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Who the web app records as doing an import or an undo. A fixed placeholder until access control
/// arrives; that work replaces this one place with the signed-in user's name.
/// </summary>
public static class CurrentAnalyst
{
    public const string Name = "analyst";
}
