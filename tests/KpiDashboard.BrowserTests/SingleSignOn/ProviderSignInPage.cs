using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// The test provider's authorization endpoint: a sign-in form (a username, Continue or Cancel) that posts back to
/// itself with the authorization request in hidden fields; Continue issues the person's claims, Cancel answers
/// access_denied, as a real provider does when someone cancels.
/// </summary>
internal static class ProviderSignInPage
{
    public const string Path = "/connect/authorize";
    public const string UsernameField = "username";
    public const string ActionField = "action";
    public const string Continue = "continue";
    public const string Cancel = "cancel";

    public static async Task<IResult> AuthorizeAsync(HttpContext context, TestPeople people)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an authorization request.");
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var action = form?[ActionField].ToString();
        if (action == Cancel)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person cancelled the sign-in.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var parameters = form is null
            ? context.Request.Query.Select(p => (p.Key, p.Value.ToString()))
            : form.Where(p => p.Key is not UsernameField and not ActionField).Select(p => (p.Key, p.Value.ToString()));
        if (action != Continue)
        {
            return Form(parameters, problem: null);
        }

        if (people.Find(form![UsernameField]) is not { } person)
        {
            return Form(parameters, "There is no such person.");
        }

        return Results.SignIn(Principal(person, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static ClaimsPrincipal Principal(TestPerson person, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Name, person.Username)
            .SetClaim(Claims.Email, person.Email);
        identity.AddClaim(new Claim(Claims.EmailVerified, person.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        // Entra ID's name for the claim that carries app roles.
        identity.SetClaims("roles", [.. person.Roles]);
        identity.SetScopes(scopes);
        // Everything in the ID token, as Entra ID sends app roles and groups there.
        identity.SetDestinations(_ => [Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    private static IResult Form(IEnumerable<(string Name, string Value)> parameters, string? problem)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Test provider</title><link rel=\"icon\" href=\"data:,\"></head><body><h1>Test provider</h1>");
        if (problem is not null)
        {
            html.Append("<p role=\"alert\">").Append(WebUtility.HtmlEncode(problem)).Append("</p>");
        }

        html.Append($"<form method=\"post\" action=\"{Path}\">");
        foreach (var (name, value) in parameters)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(name))
                .Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\">");
        }

        html.Append($"<label for=\"{UsernameField}\">Username</label><input id=\"{UsernameField}\" name=\"{UsernameField}\">")
            .Append($"<button type=\"submit\" name=\"{ActionField}\" value=\"{Continue}\">Continue</button>")
            .Append($"<button type=\"submit\" name=\"{ActionField}\" value=\"{Cancel}\">Cancel</button>")
            .Append("</form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
