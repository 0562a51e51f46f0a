using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access.SingleSignOn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace KpiDashboard.Web.Features.Access;

/// <summary>Accounts (Identity in the app's PostgreSQL), cookie, single sign-on and API-key sign-in, policies, rate limits and persisted data-protection keys.</summary>
public static class AccessSetup
{
    /// <summary>The API's scheme: an API key when the request carries one, else the sign-in cookie (read calls only).</summary>
    public const string ApiScheme = "Api";

    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Access");
        services.Configure<AccessOptions>(section);
        var access = section.Get<AccessOptions>() ?? new AccessOptions();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccessRevalidation>();
        AddIdentity(services, access);
        services.AddSingleSignOn(configuration);
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ScorecardHandler>();
        services.AddRateLimiter(limiter => RateLimits.Add(limiter, access));
        services.AddDataProtection().SetApplicationName("KpiDashboard").PersistKeysToDbContext<KpiDbContext>();

        services.AddSingleton<AuditLog>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<UserAccounts>();
        services.AddScoped<ClientAddress>();
        services.AddScoped<CircuitUser>();
        return services;
    }

    private static void AddIdentity(IServiceCollection services, AccessOptions access)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddPolicyScheme(ApiScheme, "API key or sign-in", options =>
            {
                options.ForwardDefaultSelector = context => ApiKeyAuthentication.HasBearer(context.Request)
                    ? ApiKeyAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme;
                options.ForwardChallenge = ApiKeyAuthentication.SchemeName;
                options.ForwardForbid = ApiKeyAuthentication.SchemeName;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(options =>
            {
                // NCSC: length, not composition rules; lockout after repeated failures.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = access.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = access.LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KpiDbContext>()
            .AddSignInManager<KpiSignInManager>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "kpi.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = AccountPaths.SignIn;
            cookie.AccessDeniedPath = AccountPaths.AccessDenied;
            cookie.ExpireTimeSpan = access.SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiProblem.IsApi(context.Request)
                    ? ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "The API needs an API key: send it as Authorization: Bearer <key>.")
                    : RedirectAsync(context),
                OnRedirectToAccessDenied = context => ApiProblem.IsApi(context.Request)
                    ? ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, ApiProblem.ForbiddenSentence(context.HttpContext))
                    : RedirectAsync(context),
            };
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = access.RevalidationInterval);
    }

    private static Task RedirectAsync(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
