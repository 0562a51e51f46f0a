namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// Why a single sign-on ended back on the sign-in page. The page is sent a code (<c>?sso=no-role</c>), never text, so
/// that a link made elsewhere cannot put words of its own on the sign-in page.
/// </summary>
public enum SingleSignOnProblem
{
    NoRole,
    Disabled,
    LockedOut,
    NoEmail,
    EmailTaken,
    Cancelled,
    Failed,
}

public static class SingleSignOnProblems
{
    public const string QueryName = "sso";

    private static readonly Dictionary<SingleSignOnProblem, (string Code, string Sentence)> Texts = new()
    {
        [SingleSignOnProblem.NoRole] = ("no-role", "Your council account has no role in KpiDashboard; ask an administrator."),
        [SingleSignOnProblem.Disabled] = ("disabled", "Your KpiDashboard account is disabled; ask an administrator."),
        [SingleSignOnProblem.LockedOut] = ("locked-out", "Your KpiDashboard account is locked after repeated failed sign-ins; try again later, or ask an administrator."),
        [SingleSignOnProblem.NoEmail] = ("no-email", "Your council account did not send an email address, which KpiDashboard needs; ask an administrator."),
        [SingleSignOnProblem.EmailTaken] = ("email-taken", "There is already a KpiDashboard account with your email address, so single sign-on cannot make one for you; ask an administrator."),
        [SingleSignOnProblem.Cancelled] = ("cancelled", "Single sign-on was cancelled, so you are not signed in; sign in again when you are ready."),
        [SingleSignOnProblem.Failed] = ("failed", "Single sign-on did not complete, so you are not signed in; try again, or ask an administrator if it keeps happening."),
    };

    /// <summary>The sign-in page showing the problem.</summary>
    public static string SignInPath(SingleSignOnProblem problem) => $"{AccountPaths.SignIn}?{QueryName}={Texts[problem].Code}";

    /// <summary>The sentence for a code from the sign-in page's address; null for anything else.</summary>
    public static string? SentenceFor(string? code) =>
        Texts.Values.FirstOrDefault(t => t.Code == code).Sentence;
}
