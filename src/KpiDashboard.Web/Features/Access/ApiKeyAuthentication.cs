using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Features.Access;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> on the API. Without credentials, or with a bad key, the answer is 401
/// <c>application/problem+json</c> naming what was wrong, never a sign-in page.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyNameClaim = "kpi:api-key";
    public const string KeyIdClaim = "kpi:api-key-id";
    private const string BearerPrefix = "Bearer ";
    private string? _problem;

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var check = await keys.CheckAsync(Request.Headers.Authorization.ToString()[BearerPrefix.Length..], Context.RequestAborted);
        if (check.Problem is not null)
        {
            _problem = check.Problem;
            return AuthenticateResult.Fail(check.Problem);
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, check.User!.Id),
            new(ClaimTypes.Name, check.User.Email ?? check.User.UserName ?? check.User.Id),
            new(KeyNameClaim, check.Key!.Name),
            new(KeyIdClaim, check.Key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. check.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            _problem ?? "The API needs an API key: send it as Authorization: Bearer <key>.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, ApiProblem.ForbiddenSentence(Context));
}
