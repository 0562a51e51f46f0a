namespace KpiDashboard.Web.Features.Access;

/// <summary>The names of what the audit log records.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in failed";
    public const string LockedOut = "locked out";
    public const string SignOut = "sign-out";
    public const string SingleSignOnLinked = "single sign-on linked";
    public const string Import = "import";
    public const string Undo = "undo";
    public const string CatalogueImport = "catalogue import";
    public const string Commentary = "commentary";
    public const string Annotation = "annotation";
    public const string Pack = "pack";
    public const string Settings = "settings";
    public const string UserCreated = "user created";
    public const string RolesChanged = "roles changed";
    public const string UserDisabled = "user disabled";
    public const string UserEnabled = "user enabled";
    public const string UserUnlocked = "user unlocked";
    public const string ApiKeyCreated = "API key created";
    public const string ApiKeyRevoked = "API key revoked";
    public const string AreaAdded = "area added";
    public const string AreaChanged = "area changed";
    public const string ComparatorAdded = "comparator added";
    public const string ComparatorChanged = "comparator changed";
    public const string MeasureAdded = "measure added";
    public const string MeasureEdited = "measure edited";
    public const string MeasureRetired = "measure retired";
    public const string MeasureRestored = "measure restored";
    public const string RollupChanged = "roll-up changed";
    public const string TargetAdded = "target added";
    public const string TargetChanged = "target changed";
    public const string TargetRemoved = "target removed";

    /// <summary>Every action, in the order the audit page offers them as a filter.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        SignIn, SignInFailed, LockedOut, SignOut, SingleSignOnLinked, Import, Undo, CatalogueImport, Commentary, Annotation, Pack, Settings,
        UserCreated, RolesChanged, UserDisabled, UserEnabled, UserUnlocked, ApiKeyCreated, ApiKeyRevoked,
        AreaAdded, AreaChanged, ComparatorAdded, ComparatorChanged,
        MeasureAdded, MeasureEdited, MeasureRetired, MeasureRestored, RollupChanged, TargetAdded, TargetChanged, TargetRemoved,
    ];
}
