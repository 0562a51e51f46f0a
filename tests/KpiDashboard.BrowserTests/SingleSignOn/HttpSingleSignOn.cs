using System.Net;
using System.Text.RegularExpressions;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>
/// Single sign-on as a browser does it, without one: an HTTP client that keeps its cookies and follows redirects
/// follows the app's single sign-on link to the provider, answers the provider's form, and is sent back to the app.
/// </summary>
internal sealed partial class HttpSingleSignOn(Uri app) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true });

    /// <summary>The path and query of the app's page where the person ends up, e.g. / or /account/sign-in?sso=no-role.</summary>
    public async Task<string> SignInAsync(string username, string returnUrl = "/", string action = ProviderSignInPage.Continue)
    {
        using var form = await _client.GetAsync(new Uri(app, $"/account/single-sign-on?returnUrl={Uri.EscapeDataString(returnUrl)}"));
        form.EnsureSuccessStatusCode();
        var provider = form.RequestMessage!.RequestUri!;
        var fields = HiddenField().Matches(await form.Content.ReadAsStringAsync())
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields[ProviderSignInPage.UsernameField] = username;
        fields[ProviderSignInPage.ActionField] = action;

        using var body = new FormUrlEncodedContent(fields);
        using var landed = await _client.PostAsync(new Uri(provider, ProviderSignInPage.Path), body);
        landed.EnsureSuccessStatusCode();
        var page = landed.RequestMessage!.RequestUri!;
        Assert.Equal(app.Authority, page.Authority);
        return page.PathAndQuery;
    }

    /// <summary>A page of the app, with the cookies the sign-in left.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(app, path));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();
}
