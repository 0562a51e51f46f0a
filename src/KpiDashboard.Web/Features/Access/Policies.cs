using Microsoft.AspNetCore.Authorization;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// What each kind of work needs. Pages, component actions and endpoints name one of these; nothing is allowed
/// by hiding a button.
/// </summary>
public static class Policies
{
    /// <summary>Read the figures, charts, commentary and annotations; download them.</summary>
    public const string Read = "Read";

    /// <summary>The overview and measure pages: a reader, or anyone while the public scorecard is on (see <see cref="ScorecardRequirement"/>).</summary>
    public const string Scorecard = "Scorecard";

    /// <summary>Write commentary.</summary>
    public const string Comment = "Comment";

    /// <summary>Imports and undo, annotations, data quality.</summary>
    public const string Analyse = "Analyse";

    /// <summary>How SPC charts are read (run lengths, recalculations, baselines): the analysts', and the catalogue's keepers', the admins.</summary>
    public const string TuneSpc = "TuneSpc";

    /// <summary>Meeting packs.</summary>
    public const string Present = "Present";

    /// <summary>Users, roles, API keys, the audit log.</summary>
    public const string Administer = "Administer";

    /// <summary>A read API call: a Viewer's API key, or the signed-in page's own cookie.</summary>
    public const string ApiRead = "ApiRead";

    /// <summary>A read API call for figures: as <see cref="ApiRead"/>, or anyone without a key while the public scorecard is on.</summary>
    public const string ScorecardApi = "ScorecardApi";

    /// <summary>An API call that changes figures: an Analyst's API key, never a cookie alone.</summary>
    public const string ImportApi = "ImportApi";

    /// <summary>The roles each policy admits.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [Read] = [Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin],
        [Scorecard] = [Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin],
        [Comment] = [Roles.Presenter, Roles.Analyst],
        [Analyse] = [Roles.Analyst],
        [TuneSpc] = [Roles.Analyst, Roles.Admin],
        [Present] = [Roles.Presenter, Roles.Admin],
        [Administer] = [Roles.Admin],
        [ApiRead] = [Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin],
        [ScorecardApi] = [Roles.Viewer, Roles.Presenter, Roles.Analyst, Roles.Admin],
        [ImportApi] = [Roles.Analyst],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesFor)
        {
            options.AddPolicy(name, policy =>
            {
                if (name == ImportApi)
                {
                    policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName);
                }
                else if (name is ApiRead or ScorecardApi)
                {
                    policy.AddAuthenticationSchemes(AccessSetup.ApiScheme);
                }

                if (name is Scorecard or ScorecardApi)
                {
                    policy.AddRequirements(new ScorecardRequirement(roles));
                }
                else
                {
                    policy.RequireAuthenticatedUser().RequireRole(roles);
                }
            });
        }

        // Anything that names no policy still needs a signed-in reader.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
