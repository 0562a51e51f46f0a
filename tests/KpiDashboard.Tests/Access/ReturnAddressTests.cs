using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.Tests.Access;

/// <summary>After sign-in the app returns only to a page of its own: another site's address goes to the overview.</summary>
public sealed class ReturnAddressTests
{
    [Theory]
    [InlineData("/kpi/referrals?area=NE&month=2020-06", "/kpi/referrals?area=NE&month=2020-06")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/import\r\nSet-Cookie: x=1", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_a_local_path_is_returned_to(string? returnUrl, string expected)
    {
        Assert.Equal(expected, AccountPaths.LocalOrHome(returnUrl));
    }
}
