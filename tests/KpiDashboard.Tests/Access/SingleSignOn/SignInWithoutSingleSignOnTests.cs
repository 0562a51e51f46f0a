using System.Net;
using KpiDashboard.Tests.Infrastructure;

namespace KpiDashboard.Tests.Access.SingleSignOn;

/// <summary>A council that sets no authority sees the sign-in it had: no button, no single sign-on addresses.</summary>
public sealed class SignInWithoutSingleSignOnTests(PostgresServer server) : ApiTest(server)
{
    [Fact]
    public async Task The_sign_in_page_has_no_single_sign_on_button()
    {
        using var client = AnonymousClient();

        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("id=\"password\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"single-sign-on\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/single-sign-on")]
    [InlineData("/signin-oidc?code=x&state=y")]
    public async Task Single_sign_on_addresses_answer_as_unknown_ones_do(string path)
    {
        using var client = AnonymousClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        using var unknown = await client.GetAsync(new Uri("/no-such-address", UriKind.Relative), cancellationToken);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

        Assert.Equal((HttpStatusCode.Redirect, "/account/sign-in"), (unknown.StatusCode, unknown.Headers.Location?.AbsolutePath));
        Assert.Equal((unknown.StatusCode, unknown.Headers.Location?.AbsolutePath), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }
}
