using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// OpenID Connect sign-in with the council's provider (usually Microsoft Entra ID), registered only when
/// <c>Authentication:OpenIdConnect:Authority</c> is set: the authorization code flow with PKCE, answered to
/// <see cref="CallbackPath"/>. The handler only proves who the person is (into Identity's external cookie);
/// <see cref="SingleSignOnAccounts"/> then signs them in with the same application cookie as a password does.
/// </summary>
public static class SingleSignOnSetup
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The redirect URI to register at the provider, under the app's own address.</summary>
    public const string CallbackPath = "/signin-oidc";

    private static readonly string[] Scopes = ["openid", "profile", "email"];

    public static IServiceCollection AddSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SingleSignOnSettings.Read(configuration);
        services.AddSingleton(settings);
        services.AddScoped<SingleSignOnAccounts>();
        if (settings.IsEnabled)
        {
            services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, options => Configure(options, settings));
        }

        return services;
    }

    private static void Configure(OpenIdConnectOptions options, SingleSignOnSettings settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in Scopes)
        {
            options.Scope.Add(scope);
        }

        options.CallbackPath = CallbackPath;
        options.SignInScheme = IdentityConstants.ExternalScheme;
        // Claims keep the names the provider gave them (sub, email, roles, groups), so RoleClaim means what it says.
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
        // The roles are read from the ID token (Entra ID's userinfo endpoint has none); no token is kept.
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;

        // The code comes back in the address of a top-level GET rather than in a cross-site form post, so the
        // correlation and nonce cookies can be SameSite=Lax (instead of None), and Secure whenever the app is on https.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        options.Events = new OpenIdConnectEvents
        {
            OnAccessDenied = SingleSignOnFailures.CancelledAsync,
            OnRemoteFailure = SingleSignOnFailures.FailedAsync,
        };
    }
}
